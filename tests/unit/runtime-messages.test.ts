import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onRuntimeMessage } from '@/lib/content/runtime-messages';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('onRuntimeMessage', () => {
  it('hears messages until released, and answers through sendResponse', async () => {
    const heard: unknown[] = [];
    const release = onRuntimeMessage((raw, _sender, sendResponse) => {
      heard.push(raw);
      sendResponse('pong');
      return undefined;
    });
    const reply = vi.fn();
    const send = async (message: unknown) => {
      const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {} as never, reply);
      await Promise.all(replies);
    };
    await send({ type: 'ping' });
    release();
    await send({ type: 'late' });
    expect(heard).toEqual([{ type: 'ping' }]);
    expect(reply).toHaveBeenCalledExactlyOnceWith('pong');
  });

  it('releases quietly once the extension context is gone', () => {
    const release = onRuntimeMessage(() => undefined);
    const remove = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(release).not.toThrow();
    expect(remove).toHaveBeenCalledOnce();
  });
});

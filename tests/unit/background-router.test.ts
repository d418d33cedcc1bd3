import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/lib/background/router';
import { messageHandlers, registerBackground } from '@/lib/background/routes';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('routeMessage', () => {
  it("hands a parsed message to its type's handler and passes the reply back", () => {
    const handler = vi.fn((message: { frame: string }) => `closed all but ${message.frame}`);
    const sender = { tab: { id: 4 } } as Browser.runtime.MessageSender;
    expect(routeMessage({ 'card-opened': handler }, { type: 'card-opened', frame: 'f1', extra: 1 }, sender)).toBe(
      'closed all but f1',
    );
    // The handler gets what the schema let through, not what was sent.
    expect(handler).toHaveBeenCalledWith({ type: 'card-opened', frame: 'f1' }, sender);
  });

  it('answers nothing to messages that are not ours, malformed ones, or types another context handles', () => {
    const handler = vi.fn(() => 'reply');
    const handlers = { 'card-opened': handler, 'get-page-terms': null };
    expect(routeMessage(handlers, { type: 'card-opened', frame: 42 }, {})).toBeUndefined();
    expect(routeMessage(handlers, 'card-opened', {})).toBeUndefined();
    expect(routeMessage(handlers, { type: 'get-page-terms' }, {})).toBeUndefined();
    expect(routeMessage(handlers, { type: 'load-card' }, {})).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('the background', () => {
  it('listens for messages and commands once each, whatever it handles', () => {
    const onMessage = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const onCommand = vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    registerBackground();
    expect(onMessage).toHaveBeenCalledOnce();
    expect(onCommand).toHaveBeenCalledOnce();
  });

  it('answers in the background exactly the messages sent to it', () => {
    const answered = Object.entries(messageHandlers())
      .filter(([, handler]) => handler !== null)
      .map(([type]) => type)
      .sort();
    expect(answered).toEqual([
      'card-opened',
      'change-settings',
      'change-site',
      'describe-term',
      'describe-text',
      'load-card',
      'load-highlight-styles',
      'open-checker',
      'open-guide',
      'page-terms-changed',
    ]);
  });
});

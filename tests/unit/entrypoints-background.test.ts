import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { hasCommands } from '@/lib/background/router';
import { cardContentSchema } from '@/lib/messages';
import { sendToListeners } from './support/send-message';

/**
 * Firefox for Android, which the Firefox manifest declares (gecko_android), has neither keyboard
 * commands nor extension context menus: those namespaces are missing from `browser` there. The
 * background must start, install and answer cards without them.
 */
const MISSING_ON_ANDROID = ['commands', 'contextMenus', 'menus'] as const;
const fake = fakeBrowser as unknown as Record<string, unknown>;
const saved = new Map<string, PropertyDescriptor | undefined>();

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  for (const name of MISSING_ON_ANDROID) {
    saved.set(name, Object.getOwnPropertyDescriptor(fake, name));
    delete fake[name];
  }
});

afterEach(() => {
  for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(fake, name, descriptor);
});

describe('the background on Firefox for Android', () => {
  it('sees that there are no commands', () => {
    expect(hasCommands()).toBe(false);
    expect(fake.commands).toBeUndefined();
  });

  it('starts, handles its install, and still writes cards, without commands or context menus', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(() => background.main()).not.toThrow();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onStartup.trigger();
    // The welcome tab opens as on desktop.
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('/guide.html#welcome') });
    // Every listener hears the message; the one that writes cards answers it.
    const replies = await sendToListeners({ type: 'describe-term', termId: 'shiatsu' }, { tab: { id: 3 } });
    const cards = replies.filter((reply) => reply !== undefined);
    expect(cards).toHaveLength(1);
    expect(cardContentSchema().parse(cards[0])).toMatchObject({ kind: 'term' });
  });
});

describe('the background on desktop', () => {
  it('registers the commands when the browser has them', () => {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(fake, name, descriptor);
    expect(hasCommands()).toBe(true);
  });
});

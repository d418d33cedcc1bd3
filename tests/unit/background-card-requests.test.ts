import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMAND_MESSAGES, sendCommand } from '@/lib/background/commands';
import { listenForCommands } from '@/lib/background/router';
import { COMMAND_HANDLERS } from '@/lib/background/routes';
import { EXPLAIN_MENU_ID, registerContextMenu } from '@/lib/background/context-menu';
import { checkerPath } from '@/lib/suitability/checker-params';
import { guidePath } from '@/lib/guide-page/guide-path';
import { cardContentSchema, parseMessage } from '@/lib/messages';
import { clearProfile, readStoredProfile, saveProfile } from '@/lib/settings/profile';
import { makeProfile } from './support/make-profile';
import { captureListener } from './support/capture-listener';
import { sendToListeners } from './support/send-message';
import { listenAsBackground } from './support/background';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await clearProfile();
});

describe('opening pages', () => {
  it('opens the guide at the term next to the tab that asked, and the checker with the technique', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    listenAsBackground();
    const sender = { tab: { index: 4 } } as Browser.runtime.MessageSender;
    await sendToListeners({ type: 'open-guide', termId: 'shiatsu' }, sender);
    await sendToListeners({ type: 'open-checker', technique: 'deep-tissue' }, sender);
    expect(create.mock.calls.map(([props]) => [props.url, props.index])).toEqual([
      ['chrome-extension://test-extension-id/guide.html#term-shiatsu', 5],
      ['chrome-extension://test-extension-id/popup.html?technique=deep-tissue', 5],
    ]);
  });

  it('leaves other messages and malformed ones alone', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    listenAsBackground();
    await sendToListeners({ type: 'get-page-terms' });
    await sendToListeners({ type: 'open-checker', technique: 'reiki' });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('the commands', () => {
  it('forwards explain to every frame of the tab and stepping to its top frame only', async () => {
    const listener = captureListener(fakeBrowser.commands.onCommand);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    listenForCommands(COMMAND_HANDLERS);
    await listener()('explain-selection', { id: 7 });
    await listener()('previous-term', { id: 7 });
    await listener()('toggle-site', { id: 7 }); // switches the site, with no word to the page
    expect(send.mock.calls).toEqual([
      [7, { type: 'explain-selection' }, undefined],
      [7, { type: 'step-highlight', direction: 'previous' }, { frameId: 0 }],
    ]);
  });

  it('does not fail on a tab without the content script', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection'));
    await expect(sendCommand('next-term', { id: 3 } as Browser.tabs.Tab)).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledOnce();
  });
});

describe('registerContextMenu', () => {
  it('creates the menu item for selections on install and on every browser start', async () => {
    const onInstalled = captureListener(fakeBrowser.runtime.onInstalled);
    const onStartup = captureListener(fakeBrowser.runtime.onStartup);
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(EXPLAIN_MENU_ID);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    registerContextMenu();
    await onInstalled()({ reason: 'install' });
    await onStartup()();
    expect(removeAll).toHaveBeenCalledTimes(2);
    expect(create.mock.calls).toEqual([
      [{ id: EXPLAIN_MENU_ID, title: 'Explain with Relief Lens', contexts: ['selection'] }],
      [{ id: EXPLAIN_MENU_ID, title: 'Explain with Relief Lens', contexts: ['selection'] }],
    ]);
  });

  it('sends the selected text to the frame it was selected in', async () => {
    vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime.onStartup, 'addListener').mockImplementation(() => undefined);
    const listener = captureListener(fakeBrowser.contextMenus.onClicked);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    registerContextMenu();
    await listener()({ menuItemId: EXPLAIN_MENU_ID, selectionText: 'shiatzu', frameId: 3 }, { id: 9 });
    await listener()({ menuItemId: 'someone-else', selectionText: 'x', frameId: 0 }, { id: 9 });
    expect(send.mock.calls).toEqual([[9, { type: 'explain-selection', text: 'shiatzu' }, { frameId: 3 }]]);
  });
});

describe('background page paths and commands', () => {
  it('opens the guide at a term, and the checker with a technique', () => {
    expect(guidePath('deep-tissue-massage')).toBe('/guide.html#term-deep-tissue-massage');
    expect(guidePath()).toBe('/guide.html');
    expect(checkerPath('deep-tissue')).toBe('/popup.html?technique=deep-tissue');
  });

  it('turns every command into a valid protocol message', () => {
    for (const message of Object.values(COMMAND_MESSAGES)) expect(parseMessage(message)).toEqual(message);
    expect(Object.keys(COMMAND_MESSAGES).sort()).toEqual(['explain-selection', 'next-term', 'previous-term']);
  });
});

describe('card requests', () => {
  /** What the one registered listener answers, checked as the content script checks it. */
  const ask = async (message: unknown) => {
    const [answer] = await sendToListeners(message);
    return answer === undefined ? undefined : cardContentSchema().parse(answer);
  };

  beforeEach(() => listenAsBackground());

  it('writes a highlighted term’s card, with the verdict for the profile saved at the time of asking', async () => {
    const before = await ask({ type: 'describe-term', termId: 'deep-tissue-massage' });
    expect(before).toMatchObject({
      kind: 'term',
      name: 'Deep tissue massage',
      credits: [{ from: 'the guide', title: 'Deep Tissue Massage' }],
      verdict: null,
    });
    await saveProfile(makeProfile({ conditions: ['osteoporosis'] }));
    const after = await ask({ type: 'describe-term', termId: 'deep-tissue-massage' });
    expect(after?.kind === 'term' && after.verdict?.verdict).toBe('consult-first');
  });

  it('answers null for a term id the knowledge base does not have', async () => {
    expect(await ask({ type: 'describe-term', termId: 'reiki' })).toBeNull();
  });

  it('gives a selection naming a term that term’s card, and other text the closest entries', async () => {
    expect(await ask({ type: 'describe-text', text: 'Is deep tissue massage too much?' })).toMatchObject({
      kind: 'term',
      termId: 'deep-tissue-massage',
    });
    const unknown = await ask({ type: 'describe-text', text: 'shiatzu' });
    expect(unknown).toMatchObject({ kind: 'unknown', text: 'shiatzu' });
    expect(unknown?.kind === 'unknown' && unknown.closest.map((c) => c.termId)).toContain('shiatsu');
  });

  it('leaves a profile it cannot read in storage for the checker to report', async () => {
    await fakeBrowser.storage.local.set({ profile: { profile: { painLocation: 'elbow' } } });
    expect(await ask({ type: 'describe-term', termId: 'shiatsu' })).toMatchObject({ kind: 'term', verdict: null });
    expect(await readStoredProfile()).toMatchObject({ kept: { painLocation: 'elbow' } });
  });

  it('leaves other messages, and malformed requests, to other listeners', async () => {
    expect(await ask({ type: 'get-page-terms' })).toBeUndefined();
    expect(await ask({ type: 'describe-term' })).toBeUndefined();
    expect(await ask({ type: 'describe-text', text: 'x'.repeat(5000) })).toBeUndefined();
  });
});

describe('one card per tab', () => {
  it("tells every frame of the opener's tab to close its card, except the opener", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    listenAsBackground();
    await sendToListeners({ type: 'card-opened', frame: 'f1' }, { tab: { id: 7 } } as Browser.runtime.MessageSender);
    expect(send.mock.calls).toEqual([[7, { type: 'close-card', except: 'f1' }]]);
  });

  it.each([
    ['a sender with no tab', { type: 'card-opened', frame: 'f1' }, {}],
    ['a message that is not ours', { type: 'card-opened', frame: 42 }, { tab: { id: 7 } }],
  ])('ignores %s', async (_, message, sender) => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    listenAsBackground();
    await sendToListeners(message, sender as Browser.runtime.MessageSender);
    expect(send).not.toHaveBeenCalled();
  });
});

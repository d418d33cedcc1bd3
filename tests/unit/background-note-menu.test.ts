import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NOTE_MENU_ID, registerNoteMenu } from '@/lib/background/note-menu';
import { clearProfile, saveProfile } from '@/lib/settings/profile';
import { clearEditedNote, readTherapistNote, saveEditedNote } from '@/lib/settings/therapist-note';
import { buildTherapistNote } from '@/lib/suitability';
import { captureListener } from './support/capture-listener';
import { makeProfile } from './support/make-profile';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The private store is IndexedDB, which the fake browser's reset does not reach.
  await Promise.all([clearProfile(), clearEditedNote()]);
});

/** Registers the menu and returns its click handler, with sends and opened tabs recorded. */
function setUp() {
  vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.runtime.onStartup, 'addListener').mockImplementation(() => undefined);
  const clicked = captureListener(fakeBrowser.contextMenus.onClicked);
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue(undefined as never);
  registerNoteMenu();
  /** Lets the handler's storage reads and its send finish. */
  const click = async (info: object) => {
    void clicked()(info, { id: 9, index: 2 });
    await vi.waitFor(() => expect(send.mock.calls.length + create.mock.calls.length).toBeGreaterThan(0));
  };
  return { click, clicked, send, create };
}

describe('the note menu', () => {
  it('creates its item for editable fields on install and on every browser start', () => {
    const onInstalled = captureListener(fakeBrowser.runtime.onInstalled);
    const onStartup = captureListener(fakeBrowser.runtime.onStartup);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue(NOTE_MENU_ID);
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
    registerNoteMenu();
    void onInstalled()({ reason: 'install' });
    void onStartup()();
    expect(create.mock.calls.map(([properties]) => properties)).toEqual([
      { id: NOTE_MENU_ID, title: 'Insert my note for the therapist', contexts: ['editable'] },
      { id: NOTE_MENU_ID, title: 'Insert my note for the therapist', contexts: ['editable'] },
    ]);
  });

  it('sends the note built from the answers to the frame of the field, on its own item only', async () => {
    const profile = makeProfile({ conditions: ['osteoporosis'], pressure: 'light' });
    await saveProfile(profile);
    const { click, clicked, send } = setUp();
    void clicked()({ menuItemId: 'relief-lens-explain', frameId: 0 }, { id: 9, index: 2 });
    await click({ menuItemId: NOTE_MENU_ID, frameId: 4 });
    expect(send.mock.calls).toEqual([[9, { type: 'insert-note', text: buildTherapistNote(profile) }, { frameId: 4 }]]);
  });

  it('sends the person’s own edit once they have made one, and the built note again after starting over', async () => {
    await saveProfile(makeProfile());
    await saveEditedNote('My own words for the therapist.');
    expect(await readTherapistNote()).toBe('My own words for the therapist.');
    const { click, send } = setUp();
    await click({ menuItemId: NOTE_MENU_ID, frameId: 0 });
    expect(send.mock.calls[0]?.[1]).toEqual({ type: 'insert-note', text: 'My own words for the therapist.' });
    await clearEditedNote();
    expect(await readTherapistNote()).toBe(buildTherapistNote(makeProfile()));
  });

  it('opens the checker instead when there are no answers to build a note from', async () => {
    const { click, send, create } = setUp();
    await click({ menuItemId: NOTE_MENU_ID, frameId: 0 });
    expect(send).not.toHaveBeenCalled();
    expect(create.mock.calls.map(([props]) => [props.url, props.index])).toEqual([
      ['chrome-extension://test-extension-id/popup.html', 3],
    ]);
  });

  it('ignores a stored edit that does not fit, and cuts a long edit to what a message carries', async () => {
    await fakeBrowser.storage.local.set({ therapistNote: { text: 42 } });
    expect(await readTherapistNote()).toBeNull();
    await saveEditedNote('x'.repeat(5000));
    expect((await readTherapistNote())?.length).toBe(4000);
  });
});

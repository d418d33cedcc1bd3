import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FRAME_ANSWER_LIMIT_MS, readPageState } from '@/lib/popup/page-state';

const TOP = {
  url: 'https://spa.example/',
  enabled: true,
  counts: { 'deep-tissue-massage': 1 },
  order: ['deep-tissue-massage'],
};
const WIDGET = {
  url: 'https://widget.example/',
  enabled: true,
  counts: { 'swedish-massage': 1 },
  order: ['swedish-massage'],
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => vi.useRealTimers());

/** A tab whose frames answer from `answers` by frame id; a frame missing there never answers. */
function tabWithFrames(frameIds: number[], answers: Record<number, unknown>) {
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(
    frameIds.map((frameId) => ({ frameId, documentId: String(frameId), result: true })) as never,
  );
  const send = vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation(((_tabId: number, _message: unknown, options?: { frameId?: number }) =>
      options?.frameId !== undefined && options.frameId in answers
        ? Promise.resolve(answers[options.frameId])
        : new Promise(() => undefined)) as never);
  return send;
}

const servicesOf = async (promise: ReturnType<typeof readPageState>) => {
  const state = await promise;
  return state.status === 'ready' ? state.summary.services.map((service) => service.term.id) : state;
};

describe('readPageState', () => {
  it("lists the services of every frame of the tab, the top frame's first", async () => {
    const send = tabWithFrames([0, 4], { 0: TOP, 4: WIDGET });
    expect(await servicesOf(readPageState(7))).toEqual(['deep-tissue-massage', 'swedish-massage']);
    expect(send.mock.calls).toEqual([
      [7, { type: 'get-page-terms' }, { frameId: 0 }],
      [7, { type: 'get-page-terms', everyFrame: true }, { frameId: 4 }],
    ]);
  });

  it('leaves out a frame that never answers, or answers something else, without waiting on it', async () => {
    vi.useFakeTimers();
    tabWithFrames([0, 4, 5], { 0: TOP, 5: { counts: 'not ours' } });
    const state = servicesOf(readPageState(7));
    await vi.advanceTimersByTimeAsync(FRAME_ANSWER_LIMIT_MS);
    expect(await state).toEqual(['deep-tissue-massage']);
  });

  it('reads the top frame alone when the frames cannot be listed, and says so when the page cannot be read', async () => {
    tabWithFrames([], { 0: TOP });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await servicesOf(readPageState(7))).toEqual(['deep-tissue-massage']);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await readPageState(7)).toMatchObject({
      status: 'unavailable',
      message: expect.stringContaining('cannot read'),
    });
  });
});

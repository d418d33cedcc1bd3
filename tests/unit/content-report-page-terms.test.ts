import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from '#imports';
import type { HighlightSession } from '@/lib/dom/highlight-session';
import { answerPageTerms, reportTermTotal } from '@/lib/content/report-page-terms';

beforeEach(() => {
  fakeBrowser.reset();
  return () => vi.unstubAllGlobals();
});

/** A session whose counts the test sets, telling its listeners as a scan would. */
function fakeSession() {
  let counts = new Map<string, number>();
  const listeners = new Set<() => void>();
  const session = {
    counts: () => counts,
    // In document order, a term's later occurrences after its first.
    highlights: () => [...counts.keys()].reverse().flatMap((termId) => [{ termId }, { termId }]),
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as HighlightSession;
  const scanned = (next: Record<string, number>) => {
    counts = new Map(Object.entries(next));
    for (const listener of listeners) listener();
  };
  return { session, scanned };
}

const ctx = { isInvalid: false, onInvalidated: () => undefined } as unknown as ContentScriptContext;

describe('the page-terms report for the badge', () => {
  it('sends nothing from a page without terms, then each change of the number of terms', () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const { session, scanned } = fakeSession();
    reportTermTotal(ctx, session);
    scanned({});
    scanned({});
    expect(sent).not.toHaveBeenCalled();
    scanned({ shiatsu: 2, sciatica: 1 });
    scanned({ shiatsu: 3, sciatica: 1 }); // still two terms
    scanned({}); // a single-page navigation to a view without terms
    expect(sent.mock.calls.map(([message]) => message)).toEqual([
      { type: 'page-terms-changed', total: 2 },
      { type: 'page-terms-changed', total: 0 },
    ]);
  });

  it('answers the popup with the counts', async () => {
    vi.stubGlobal('location', { href: 'https://example.com/back-pain' });
    const { session, scanned } = fakeSession();
    answerPageTerms(ctx, session, () => false, true);
    scanned({ shiatsu: 2, 'sports-massage': 1 });
    const reply = vi.fn();
    const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'get-page-terms' },
      {} as never,
      reply,
    );
    await Promise.all(replies);
    expect(reply).toHaveBeenCalledWith({
      url: 'https://example.com/back-pain',
      counts: { shiatsu: 2, 'sports-massage': 1 },
      enabled: false,
      // Each term once, by its first highlight in the page.
      order: ['sports-massage', 'shiatsu'],
    });
  });

  it('answers from a frame inside the page only when asked frame by frame', async () => {
    vi.stubGlobal('location', { href: 'https://widget.example/menu' });
    const { session, scanned } = fakeSession();
    answerPageTerms(ctx, session, () => true, false);
    scanned({ 'swedish-massage': 1 });
    const ask = async (message: object) => {
      const reply = vi.fn();
      const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, {} as never, reply);
      await Promise.all(replies);
      return reply.mock.calls.map(([answer]) => (answer as { counts: object }).counts);
    };
    expect(await ask({ type: 'get-page-terms' })).toEqual([]);
    expect(await ask({ type: 'get-page-terms', everyFrame: true })).toEqual([{ 'swedish-massage': 1 }]);
  });
});

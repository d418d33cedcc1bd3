import { describe, expect, it } from 'vitest';
import type { RenderItem } from '@/lib/dom/highlighter';
import type { PageMatch } from '@/lib/dom/match-index';
import { renderPlan } from '@/lib/dom/render-queue';
import { createTimeSlicer } from '@/lib/dom/time-slicer';

/** A highlighter that records each call's size, and what is drawn now. */
function recordingHighlighter() {
  const calls: string[] = [];
  const drawn = new Set<AbstractRange>();
  const highlighter: Parameters<typeof renderPlan>[0] = {
    createRange: (startNode, startOffset) => ({ startContainer: startNode, startOffset }) as unknown as AbstractRange,
    add(items: readonly RenderItem[]) {
      calls.push(`add ${items.length}`);
      for (const { range } of items) drawn.add(range);
    },
    remove(items: readonly RenderItem[]) {
      calls.push(`remove ${items.length}`);
      for (const { range } of items) drawn.delete(range);
    },
  };
  return { highlighter, calls, drawn };
}

const match = (i: number, drawn: AbstractRange | null): PageMatch => {
  const node = { length: 10 } as unknown as Text;
  return {
    start: i,
    end: i + 1,
    termId: 'shiatsu',
    needsContext: false,
    block: 0,
    startNode: node,
    startOffset: i,
    endNode: node,
    endOffset: i + 1,
    category: 'technique',
    highlight: drawn && { termId: 'shiatsu', range: drawn },
  };
};

describe('renderPlan', () => {
  it('erases in chunks with a turn for the page between them, then draws', async () => {
    const { highlighter, calls, drawn } = recordingHighlighter();
    const old = Array.from({ length: 70 }, (_, i) => {
      const range = { i } as unknown as AbstractRange;
      drawn.add(range);
      return match(i, range);
    });
    const fresh = Array.from({ length: 70 }, (_, i) => match(100 + i, null));
    let turns = 0;
    // Always due: every chunk is its own slice.
    const slicer = createTimeSlicer({ budgetMs: 0, now: () => 0, yieldToPage: async () => void turns++ });
    await renderPlan(highlighter, slicer, fresh, old);
    expect(calls).toEqual(['remove 32', 'remove 32', 'remove 6', 'add 64', 'add 6']);
    expect(turns).toBe(5);
    expect(old.every((e) => e.highlight === null)).toBe(true);
    expect(fresh.every((e) => e.highlight !== null)).toBe(true);
    expect(drawn.size).toBe(70);
  });
});

import { describe, expect, it } from 'vitest';
import { createTimeSlicer } from '@/lib/dom/time-slicer';

/** A clock the test moves by hand, and a yield that lets "the page" take time before we resume. */
function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    advance: (ms: number) => void (time += ms),
  };
}

describe('createTimeSlicer', () => {
  it.each([
    [5.9, false],
    [6, true],
    [20, true],
  ])('after %f ms of work in an 8 ms budget, due() is %s: it aims a quarter short', (spent, due) => {
    const clock = fakeClock();
    const slicer = createTimeSlicer({ budgetMs: 8, now: clock.now, yieldToPage: async () => {} });
    clock.advance(spent);
    expect(slicer.due()).toBe(due);
  });

  it('ends a slice early when the next stretch, as long as the longest so far, would pass its aim', async () => {
    const clock = fakeClock();
    const slicer = createTimeSlicer({ budgetMs: 8, now: clock.now, yieldToPage: async () => clock.advance(100) });
    clock.advance(0.5);
    expect(slicer.due()).toBe(false); // nothing yet to go by
    clock.advance(2.5);
    expect(slicer.due()).toBe(false); // 3 ms in; another 2.5 ms reaches 5.5, short of 6
    clock.advance(0.25);
    expect(slicer.due()).toBe(false); // 3.25 + 2.5 = 5.75
    clock.advance(0.5);
    // 3.75 + 2.5 passes 6, although the last stretch alone (0.5 ms) would not
    expect(slicer.due()).toBe(true);
    await slicer.pause();
    clock.advance(1);
    expect(slicer.due()).toBe(false); // a new slice forgets the last one's stretches
    clock.advance(1);
    expect(slicer.due()).toBe(false);
    expect(slicer.finish()).toBe(5.75);
    expect(slicer.longestSliceMs).toBe(3.75);
  });

  it('counts only its own slices as busy, not the time given back to the page', async () => {
    const clock = fakeClock();
    const slicer = createTimeSlicer({ budgetMs: 8, now: clock.now, yieldToPage: async () => clock.advance(100) });
    clock.advance(9);
    await slicer.pause();
    expect(slicer.due()).toBe(false); // a new slice starts after the pause
    clock.advance(5);
    expect(slicer.finish()).toBe(14);
    expect(slicer.busyMs).toBe(14);
    expect(slicer.longestSliceMs).toBe(9);
  });

  it('stops work that was cancelled while it waited', async () => {
    const controller = new AbortController();
    const slicer = createTimeSlicer({
      budgetMs: 8,
      now: fakeClock().now,
      yieldToPage: async () => controller.abort(new Error('page left')),
      signal: controller.signal,
    });
    await expect(slicer.pause()).rejects.toThrow('page left');
  });
});

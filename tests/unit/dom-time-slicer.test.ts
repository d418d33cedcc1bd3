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
    [7.9, false],
    [8, true],
    [20, true],
  ])('after %f ms of work in an 8 ms budget, due() is %s', (spent, due) => {
    const clock = fakeClock();
    const slicer = createTimeSlicer({ budgetMs: 8, now: clock.now, yieldToPage: async () => {} });
    clock.advance(spent);
    expect(slicer.due()).toBe(due);
  });

  it('ends a slice before the budget when the next stretch, as long as the last, would cross it', async () => {
    const clock = fakeClock();
    const slicer = createTimeSlicer({ budgetMs: 8, now: clock.now, yieldToPage: async () => clock.advance(100) });
    clock.advance(3);
    expect(slicer.due()).toBe(false); // 3 ms in, nothing yet to go by
    clock.advance(3);
    expect(slicer.due()).toBe(true); // 6 ms in; another 3 ms would reach 9
    await slicer.pause();
    clock.advance(1);
    expect(slicer.due()).toBe(false); // a new slice forgets the last one's stretches
    clock.advance(1);
    expect(slicer.due()).toBe(false);
    expect(slicer.finish()).toBe(8);
    expect(slicer.longestSliceMs).toBe(6);
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

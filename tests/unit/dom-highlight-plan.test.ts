import { describe, expect, it } from 'vitest';
import { ACCEPT_CHUNK, planHighlights, type Plan, type PlanPool } from '@/lib/dom/highlight-plan';
import { createSelector, DEFAULT_SELECT_OPTIONS, type Selectable, type Selector } from '@/lib/match/select';

/** A match as plain data: what the selector reads, where it sits in the document, and whether it is drawn. */
interface Item extends Selectable {
  at: number;
  drawn: boolean;
}

/** `u:term@block` is an unambiguous match, `c:term@block` a needs-context one, numbered from `from`. */
function items(spec: string, from = 0): Item[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((item, i) => {
      const [, kind, termId, block] = /^([uc]):([\w-]+)@(\d+)$/.exec(item) ?? [];
      const at = from + i;
      return { termId: termId!, needsContext: kind === 'c', block: Number(block), at, drawn: false };
    });
}

/** The live items of a page, as the session's match index holds them. */
function poolOf(live: Set<Item>): PlanPool<Item> {
  return {
    live: () => live,
    ofTerm: (termId) => [...live].filter((i) => i.termId === termId),
    has: (item) => live.has(item),
    isDrawn: (item) => item.drawn,
    compare: (a, b) => a.at - b.at,
  };
}

/** Runs the plan to its end, counting its yields, and applies it as the render queue would. */
function runPlan(
  selector: Selector<Item>,
  live: Set<Item>,
  fresh: Item[],
  dropped: Item[] = [],
): Plan<Item> & { yields: number } {
  for (const item of fresh) live.add(item);
  for (const item of dropped) live.delete(item);
  const planning = planHighlights(selector, poolOf(live), fresh, dropped);
  let yields = 0;
  let step = planning.next();
  for (; !step.done; step = planning.next()) yields += 1;
  for (const item of step.value.erase) item.drawn = false;
  for (const item of step.value.draw) item.drawn = true;
  return { ...step.value, yields };
}

const ats = (list: readonly Item[]) => list.map((i) => i.at).sort((a, b) => a - b);

describe('planHighlights', () => {
  it('draws the first occurrences of each term on a page that qualifies, density "first"', () => {
    const selector = createSelector<Item>(DEFAULT_SELECT_OPTIONS);
    const page = items('u:massage@1 u:massage@1 u:massage@2 u:massage@3 u:sciatica@3 c:friction@4');
    const plan = runPlan(selector, new Set(), page);
    expect(ats(plan.draw)).toEqual([0, 1, 2, 4, 5]);
    expect(plan.erase).toEqual([]);
  });

  it('moves a term to its next occurrence when a drawn one goes, ranking only that term', () => {
    const selector = createSelector<Item>(DEFAULT_SELECT_OPTIONS);
    const live = new Set<Item>();
    const page = items('u:massage@1 u:massage@1 u:massage@2 u:massage@3 u:sciatica@3 u:sciatica@4');
    runPlan(selector, live, page);
    const plan = runPlan(selector, live, [], [page[0]!]);
    expect(ats(plan.erase)).toEqual([0]);
    expect(ats(plan.draw)).toEqual([3]);
  });

  it('gives the page a turn before re-ranking each term that lost a drawn occurrence', () => {
    const selector = createSelector<Item>(DEFAULT_SELECT_OPTIONS);
    const live = new Set<Item>();
    const page = items(
      'u:massage@1 u:massage@1 u:massage@1 u:massage@2 u:sciatica@2 u:sciatica@2 u:sciatica@2 u:sciatica@3',
    );
    runPlan(selector, live, page);
    const plan = runPlan(selector, live, [], [page[0]!, page[4]!]);
    expect(plan.yields).toBe(2);
    expect(ats(plan.erase)).toEqual([0, 4]);
    expect(ats(plan.draw)).toEqual([3, 7]);
  });

  it('reselects the whole page when dropped matches leave it no longer about the subject', () => {
    const selector = createSelector<Item>(DEFAULT_SELECT_OPTIONS);
    const live = new Set<Item>();
    const page = items('u:massage@1 u:sciatica@2 c:friction@3');
    runPlan(selector, live, page);
    expect(page.every((i) => i.drawn)).toBe(true);
    const plan = runPlan(selector, live, [], [page[1]!]);
    // "friction" needs context: with one unambiguous hit left, the page no longer qualifies.
    expect(ats(plan.erase)).toEqual([1, 2]);
    expect(plan.draw).toEqual([]);
  });

  it('draws every occurrence with density "all"', () => {
    const selector = createSelector<Item>({ ...DEFAULT_SELECT_OPTIONS, density: 'all' });
    const page = items('u:massage@1 u:massage@1 u:massage@1 u:massage@1 u:massage@1');
    expect(ats(runPlan(selector, new Set(), page).draw)).toEqual([0, 1, 2, 3, 4]);
  });

  it('yields between chunks on a page with many matches, and still accepts them all', () => {
    const selector = createSelector<Item>({ ...DEFAULT_SELECT_OPTIONS, density: 'all' });
    const page = items(Array.from({ length: ACCEPT_CHUNK * 2 + 1 }, () => 'u:massage@1').join(' '));
    const plan = runPlan(selector, new Set(), page);
    expect(plan.yields).toBe(2);
    expect(plan.draw).toHaveLength(page.length);
  });
});

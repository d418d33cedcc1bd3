import { describe, expect, it } from 'vitest';
import {
  createBatchBuilder,
  MAX_LISTED_CHANGED,
  MAX_LISTED_REMOVED,
  mergeBatches,
  type ChangeRecord,
  type MutationBatch,
} from '@/lib/dom/mutation-watcher';

/** A node as the batch reads it: its type, parent and whether it is in the page. */
interface FakeNode {
  name: string;
  nodeType: number;
  parentNode: FakeNode | null;
  isConnected: boolean;
}

const feed: FakeNode = { name: 'feed', nodeType: 1, parentNode: null, isConnected: true };
const paragraphs = (count: number, isConnected = true, prefix = 'p'): FakeNode[] =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i}`, nodeType: 1, parentNode: feed, isConnected }));

/** A childList record on `feed`, as `replaceChildren` makes it. */
function childList(added: FakeNode[], removed: FakeNode[]): ChangeRecord {
  return {
    type: 'childList',
    target: feed as unknown as Node,
    addedNodes: added as unknown as NodeList,
    removedNodes: removed as unknown as NodeList,
  };
}

const names = (batch: MutationBatch) => ({
  roots: batch.roots.map((n) => (n as unknown as FakeNode).name),
  removed: batch.removed.map((n) => (n as unknown as FakeNode).name),
  sweep: batch.sweep,
});

describe('createBatchBuilder', () => {
  it('lists the text and element nodes a few records add and remove, and starts afresh once taken', () => {
    const builder = createBatchBuilder();
    const comment: FakeNode = { name: 'comment', nodeType: 8, parentNode: feed, isConnected: true };
    builder.add(childList([...paragraphs(2), comment], paragraphs(1, false, 'old')));
    expect(builder.empty).toBe(false);
    expect(names(builder.take())).toEqual({ roots: ['p0', 'p1'], removed: ['old0'], sweep: false });
    expect(builder.empty).toBe(true);
    expect(names(builder.take())).toEqual({ roots: [], removed: [], sweep: false });
  });

  it('lets the parent stand for what a record adds past the cap, and asks for a sweep past the removal cap', () => {
    const builder = createBatchBuilder();
    // One churn round: a thousand paragraphs out, a thousand in.
    builder.add(childList(paragraphs(MAX_LISTED_CHANGED + 1), paragraphs(MAX_LISTED_REMOVED + 1, false, 'old')));
    expect(names(builder.take())).toEqual({ roots: ['feed'], removed: [], sweep: true });
  });

  it('keeps a sweep once asked for, however few the removals that follow', () => {
    const builder = createBatchBuilder();
    builder.add(childList([], paragraphs(MAX_LISTED_REMOVED + 1, false)));
    builder.add(childList([], paragraphs(1, false, 'late')));
    expect(names(builder.take())).toEqual({ roots: [], removed: [], sweep: true });
  });

  it('counts removals across records against the cap', () => {
    const builder = createBatchBuilder();
    for (const node of paragraphs(MAX_LISTED_REMOVED, false)) builder.add(childList([], [node]));
    expect(builder.take().removed).toHaveLength(MAX_LISTED_REMOVED);
    for (const node of paragraphs(MAX_LISTED_REMOVED + 1, false)) builder.add(childList([], [node]));
    expect(names(builder.take())).toMatchObject({ removed: [], sweep: true });
  });

  it('rescans the target of a changed text or exclusion attribute', () => {
    const builder = createBatchBuilder();
    const record = (type: MutationRecordType): ChangeRecord => ({ ...childList([], []), type });
    builder.add(record('attributes'));
    expect(names(builder.take()).roots).toEqual(['feed']);
    builder.add(record('characterData'));
    expect(names(builder.take()).roots).toEqual(['feed']);
  });
});

describe('mergeBatches', () => {
  const batch = (removed: number, sweep = false): MutationBatch => ({
    roots: [feed as unknown as Node],
    removed: paragraphs(removed, false) as unknown as Node[],
    sweep,
  });

  it.each([
    [1, 1, false, 2, false],
    [MAX_LISTED_REMOVED, 1, false, 0, true],
    [1, 0, true, 0, true],
  ])('%i and %i removals (sweep asked: %s) make %i listed, sweep %s', (a, b, asked, listed, sweep) => {
    const merged = mergeBatches(batch(a), batch(b, asked));
    expect(merged.removed).toHaveLength(listed);
    expect(merged.sweep).toBe(sweep);
    expect(merged.roots).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { createMatchTally } from '@/lib/dom/match-tally';
import type { Selectable } from '@/lib/match/select';

const node = (isConnected = true) => ({ isConnected }) as unknown as Node;
const match = (termId: string, block: number, needsContext = false): Selectable => ({
  termId,
  block,
  needsContext,
});

describe('a match tally', () => {
  it('gives back each node’s matches once, with their term, block and gating', () => {
    const tally = createMatchTally();
    const a = node();
    const b = node();
    tally.add(a, [match('shiatsu', 0), match('friction', 7, true)]);
    tally.add(b, [match('sciatica', 123_456_789)]);
    tally.add(a, [match('shiatsu', 2)]);
    expect(tally.size).toBe(2);
    expect(tally.nodes()).toEqual([a, b]);
    const plain = (m: Selectable) => [m.termId, m.block, m.needsContext];
    expect(tally.take(a).map(plain)).toEqual([
      ['shiatsu', 0, false],
      ['friction', 7, true],
      ['shiatsu', 2, false],
    ]);
    expect(tally.take(a)).toEqual([]);
    // A block id far past what packs as a small integer still comes back exactly.
    expect(tally.take(b).map(plain)).toEqual([['sciatica', 123_456_789, false]]);
    expect(tally.size).toBe(0);
  });

  it('names the first connected nodes that hold enough of a term, in the order tallied', () => {
    const tally = createMatchTally();
    const [first, gone, second, third] = [node(), node(false), node(), node()];
    tally.add(first, [match('shiatsu', 1), match('sciatica', 1)]);
    tally.add(gone, [match('shiatsu', 2), match('shiatsu', 2)]);
    tally.add(second, [match('shiatsu', 3), match('shiatsu', 3)]);
    tally.add(third, [match('shiatsu', 4)]);
    expect(tally.nodesOf('shiatsu', 3)).toEqual([first, second]);
    expect(tally.nodesOf('shiatsu', 10)).toEqual([first, second, third]);
    expect(tally.nodesOf('sciatica', 3)).toEqual([first]);
    expect(tally.nodesOf('osteoporosis', 3)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createBlockIds, MAX_BLOCK_CLIMB, type BlockNode } from '@/lib/dom/scan-blocks';

/** Builds a chain of plain objects shaped like elements: the first name is the outermost. */
function chain(...names: string[]): BlockNode[] {
  const nodes: BlockNode[] = [];
  for (const localName of names) nodes.push({ localName, parentElement: nodes.at(-1) ?? null });
  return nodes;
}

describe('createBlockIds', () => {
  it.each([
    ['text directly in a paragraph', ['body', 'p'], 'p', 'p'],
    ['inline markup inside one paragraph', ['body', 'p', 'em'], 'p', 'em'],
    ['deeply inline markup', ['body', 'li', 'a', 'span', 'b'], 'li', 'b'],
    ['a custom element inside a cell', ['body', 'table', 'tr', 'td', 'x-price'], 'td', 'x-price'],
  ])('%s belongs to its nearest block (%s)', (_what, names, block, from) => {
    const nodes = chain(...names);
    const ids = createBlockIds();
    const byName = (name: string) => nodes.find((n) => n.localName === name)!;
    expect(ids.blockOf(byName(from))).toBe(ids.blockOf(byName(block)));
  });

  it('gives two paragraphs different ids, and the same id each time it is asked', () => {
    const body: BlockNode = { localName: 'body', parentElement: null };
    const first: BlockNode = { localName: 'p', parentElement: body };
    const second: BlockNode = { localName: 'p', parentElement: body };
    const ids = createBlockIds();
    expect(ids.blockOf(first)).not.toBe(ids.blockOf(second));
    expect(ids.blockOf(first)).toBe(ids.blockOf(first));
  });

  it.each([
    [MAX_BLOCK_CLIMB, true],
    [MAX_BLOCK_CLIMB + 1, false],
    [5000, false],
  ])('with %i inline ancestors below the block, the block is found: %s', (depth, found) => {
    const nodes = chain('body', 'div', ...Array.from({ length: depth }, () => 'span'));
    const ids = createBlockIds();
    expect(ids.blockOf(nodes.at(-1)!) === ids.blockOf(nodes[1]!)).toBe(found);
  });

  it("keeps a block's id while a match sits in it, and forgets the block once the last one goes", () => {
    const [, p] = chain('body', 'p');
    const ids = createBlockIds();
    const id = ids.blockOf(p!);
    ids.retain(id);
    ids.retain(id);
    ids.settle();
    ids.release(id);
    expect(ids.blockOf(p!)).toBe(id);
    ids.release(id);
    expect(ids.blockOf(p!)).not.toBe(id);
  });

  it('forgets, once settled, the blocks it was asked about that hold no match', () => {
    const [, kept, unused] = chain('body', 'div', 'p');
    const ids = createBlockIds();
    const keptId = ids.blockOf(kept!);
    const unusedId = ids.blockOf(unused!);
    ids.retain(keptId);
    expect(ids.blockOf(unused!)).toBe(unusedId);
    ids.settle();
    expect(ids.blockOf(kept!)).toBe(keptId);
    expect(ids.blockOf(unused!)).not.toBe(unusedId);
  });
});

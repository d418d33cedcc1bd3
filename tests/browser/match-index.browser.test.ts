import { describe, expect, it } from 'vitest';
import { createMatchIndex, type PageMatch } from '@/lib/dom/match-index';
import { mount, textOf } from './support';

/** A match of `termId` over [startOffset, endOffset) from `startNode` to `endNode`, drawn unless told. */
function match(termId: string, startNode: Text, startOffset: number, endNode: Text, endOffset: number, drawn = true) {
  const range = new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
  const value: PageMatch = {
    start: 0,
    end: 0,
    termId,
    needsContext: false,
    block: 0,
    startNode,
    startOffset,
    endNode,
    endOffset,
    category: 'technique',
    highlight: drawn ? { termId, range } : null,
  };
  return value;
}

describe('createMatchIndex', () => {
  const page = () => {
    const root = mount(
      '<p id="a">Shiatsu, then Swedish massage</p><p><em id="deep">deep</em><span id="rest"> tissue</span></p>',
    );
    return { a: textOf(root, '#a'), deep: textOf(root, '#deep'), rest: textOf(root, '#rest') };
  };

  it('finds the drawn highlight at a caret position: from its first letter up to, not including, its end', () => {
    const { a } = page();
    const index = createMatchIndex();
    const shiatsu = match('shiatsu', a, 0, a, 7);
    const swedish = match('swedish-massage', a, 14, a, 29);
    index.add(shiatsu);
    index.add(swedish);
    expect(index.highlightAt(a, 0)).toBe(shiatsu.highlight);
    expect(index.highlightAt(a, 6)).toBe(shiatsu.highlight);
    expect(index.highlightAt(a, 7)).toBeNull();
    expect(index.highlightAt(a, 20)).toBe(swedish.highlight);
  });

  it('indexes a match spanning nodes under both, and ignores matches the selector held back', () => {
    const { a, deep, rest } = page();
    const index = createMatchIndex();
    const spanning = match('deep-tissue-massage', deep, 0, rest, 7);
    const held = match('shiatsu', a, 0, a, 7, false);
    index.add(spanning);
    index.add(held);
    expect(index.nodes()).toEqual([deep, rest, a]);
    expect(index.highlightAt(deep, 2)).toBe(spanning.highlight);
    expect(index.highlightAt(rest, 6)).toBe(spanning.highlight);
    expect(index.highlightAt(rest, 7)).toBeNull();
    expect(index.highlightAt(a, 1)).toBeNull();
    expect(index.highlights()).toEqual([spanning.highlight]);
  });

  it('lists drawn highlights in document order, whatever order they were added in', () => {
    const { a, deep, rest } = page();
    const index = createMatchIndex();
    const later = match('deep-tissue-massage', deep, 0, rest, 7);
    const second = match('swedish-massage', a, 14, a, 29);
    const first = match('shiatsu', a, 0, a, 7);
    for (const e of [later, second, first]) index.add(e);
    expect(index.highlights()).toEqual([first.highlight, second.highlight, later.highlight]);
  });

  it("takes out a node's matches everywhere: by node, by term and from the whole set", () => {
    const { a, deep, rest } = page();
    const index = createMatchIndex();
    const one = match('shiatsu', a, 0, a, 7);
    const two = match('shiatsu', a, 14, a, 21);
    const spanning = match('deep-tissue-massage', deep, 0, rest, 7);
    const onDeep = match('deep-pressure', deep, 0, deep, 4);
    for (const e of [one, two, spanning, onDeep]) index.add(e);
    expect(index.removeNode(a)).toEqual([one, two]);
    expect(index.ofTerm('shiatsu')).toEqual([]);
    expect(index.matches.has(one)).toBe(false);
    expect(index.matches.has(spanning)).toBe(true);
    expect(index.removeNode(a)).toEqual([]);
    // A match spanning two nodes leaves the other node's list too, and only that match does.
    expect(index.removeNode(rest)).toEqual([spanning]);
    expect(index.nodes()).toEqual([deep]);
    expect(index.removeNode(deep)).toEqual([onDeep]);
    expect(index.nodes()).toEqual([]);
    expect(index.matches.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { findTopmost } from '@/lib/dom/mutation-watcher';

interface FakeNode {
  name: string;
  parentNode: FakeNode | null;
  isConnected: boolean;
}

/** body > main > (p1 > text1, p2); `loose` was removed from the page. */
function tree() {
  const body: FakeNode = { name: 'body', parentNode: null, isConnected: true };
  const main: FakeNode = { name: 'main', parentNode: body, isConnected: true };
  const p1: FakeNode = { name: 'p1', parentNode: main, isConnected: true };
  const text1: FakeNode = { name: 'text1', parentNode: p1, isConnected: true };
  const p2: FakeNode = { name: 'p2', parentNode: main, isConnected: true };
  const loose: FakeNode = { name: 'loose', parentNode: null, isConnected: false };
  return { body, main, p1, text1, p2, loose };
}

describe('findTopmost', () => {
  it.each([
    [
      ['p1', 'p2'],
      ['p1', 'p2'],
    ],
    [['p1', 'text1'], ['p1']],
    [['text1', 'main', 'p2'], ['main']],
    [['loose', 'p2'], ['p2']],
    [['text1'], ['text1']],
  ])('of %j rescans %j', (changed, expected) => {
    const nodes = tree() as Record<string, FakeNode>;
    const roots = findTopmost(new Set(changed.map((name) => nodes[name]!)) as unknown as Set<Node>);
    expect((roots as unknown as FakeNode[]).map((n) => n.name).sort()).toEqual(expected);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { sameAnchor, type Anchor } from '@/lib/card/anchor';
import { createCardFetcher, requestFor } from '@/lib/card/card-fetcher';
import { describeTerm } from '@/lib/card-text/card-content';
import { termById } from '@/lib/guide';

/** Anchors over plain stand-ins for text nodes: the fetcher only compares them. */
const nodeA = {} as Node;
const nodeB = {} as Node;
const anchor = (termId: string | null, node = nodeA, offset = 0, text = ''): Anchor => ({
  range: { startContainer: node, startOffset: offset, endContainer: node, endOffset: offset + 4 } as AbstractRange,
  termId,
  highlighted: termId !== null,
  text,
  point: null,
});

const card = describeTerm(termById('deep-tissue-massage')!, null);

describe('sameAnchor', () => {
  it.each([
    ['the same term at the same place', anchor('a'), anchor('a'), true],
    ['another term', anchor('a'), anchor('b'), false],
    ['another node', anchor('a'), anchor('a', nodeB), false],
    ['another offset', anchor('a'), anchor('a', nodeA, 3), false],
    ['another selected text', anchor(null, nodeA, 0, 'x'), anchor(null, nodeA, 0, 'y'), false],
  ])('%s → %s', (_, a, b, same) => {
    expect(sameAnchor(a, b)).toBe(same);
  });
});

describe('the card fetcher', () => {
  it.each([
    [anchor('deep-tissue-massage'), { type: 'describe-term', termId: 'deep-tissue-massage' }],
    [anchor(null, nodeA, 0, 'shiatzu'), { type: 'describe-text', text: 'shiatzu' }],
  ])('asks the background with the message for %#', (from, message) => {
    expect(requestFor(from)).toEqual(message);
  });

  it('asks once per anchor, again for another, and again after forgetting', async () => {
    const send = vi.fn(async () => card);
    const cards = createCardFetcher(send);
    expect(await cards.fetch(anchor('deep-tissue-massage'))).toEqual(card);
    await cards.fetch(anchor('deep-tissue-massage'));
    expect(send).toHaveBeenCalledTimes(1);
    await cards.fetch(anchor('swedish-massage'));
    expect(send).toHaveBeenCalledTimes(2);
    cards.forget();
    await cards.fetch(anchor('swedish-massage'));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it.each([
    ['an answer that is no card', async () => ({ kind: 'term', name: 42 })],
    ['no answer', async () => undefined],
    ['a failed send (no background)', async () => Promise.reject(new Error('Could not establish connection'))],
  ])('gives no card for %s', async (_, send) => {
    expect(await createCardFetcher(send).fetch(anchor('deep-tissue-massage'))).toBeNull();
  });
});

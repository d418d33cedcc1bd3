import { describe, expect, it } from 'vitest';
import { buildPrefilter, PREFILTER_MAX_NODES } from '@/lib/match/prefilter';

const WORDS = [
  'massage',
  'massages',
  'sciatica',
  'shiatsu',
  'swedish',
  'thai',
  'trigger',
  'petrissage',
  'l4',
  'ncbtmb',
  '3d',
];

/** Every index where the filter stops in `text`. */
function stops(filter: RegExp, text: string): number[] {
  filter.lastIndex = 0;
  return [...text.matchAll(filter)].map((m) => m.index);
}

describe('buildPrefilter', () => {
  const TEXT = 'A Massage; SCIATICA, shiatsu and Swedish or Thai... trigger L4 NCBTMB 3D petrissage massages';
  const wordStarts = [...TEXT.matchAll(/\b\w/g)].map((m) => m.index);
  const expected = WORDS.flatMap((w) => [...TEXT.matchAll(new RegExp(`\\b${w}`, 'gi'))].map((m) => m.index));

  it.each([1, 2, 5, 20, PREFILTER_MAX_NODES])(
    'with at most %i nodes it still stops at every first word',
    (maxNodes) => {
      const found = stops(buildPrefilter(WORDS, maxNodes), TEXT);
      for (const index of expected) expect(found).toContain(index);
      for (const index of found) expect(wordStarts).toContain(index); // only at word starts
    },
  );

  it('stops only at first words when the trie fits', () => {
    expect(stops(buildPrefilter(WORDS), TEXT)).toEqual([...new Set(expected)].sort((a, b) => a - b));
    expect(stops(buildPrefilter(WORDS), 'amassage massager tria thaw sciatic')).toEqual([9]);
  });

  it('stays small however many words it is given', () => {
    const many = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const filter = buildPrefilter(many);
    expect(filter.source.length).toBeLessThan(PREFILTER_MAX_NODES * 8);
    expect(stops(filter, `zz ${many[12_345]} zz`)).toEqual([3]);
  });

  it('matches nothing without words', () => {
    expect(stops(buildPrefilter([]), 'massage')).toEqual([]);
  });

  it('escapes characters that mean something in a regex', () => {
    expect(stops(buildPrefilter(['.net', '(a']), 'x .net (a')).toEqual([2, 7]);
  });
});

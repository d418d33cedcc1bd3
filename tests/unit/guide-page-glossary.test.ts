import { describe, expect, it } from 'vitest';
import { TERMS } from '@/lib/guide';
import { filterTerms, matchTerm } from '@/lib/guide-page/filter-terms';
import { groupTermsByLetter, letterAnchor } from '@/lib/guide-page/group-terms-by-letter';
import { makeTerm } from './support/make-term';

const sciatica = makeTerm('sciatica', 'Sciatica', ['sciatica', 'sciatic pain']);
const petrissage = makeTerm('petrissage', 'Pétrissage', ['pétrissage', 'kneading']);
const deepTissue = makeTerm('deep-tissue-massage', 'Deep tissue massage', [
  'deep tissue massage',
  'deep-tissue massage',
]);
const slippedDisc = makeTerm('herniated-disc', 'Herniated disc', ['herniated disc', 'slipped disc']);

describe('matchTerm', () => {
  it.each([
    ['sciatic', sciatica, true],
    ['SCIATIC', sciatica, true],
    ['  sciatic  ', sciatica, true],
    ['sciatic', petrissage, false],
    ['petrissage', petrissage, true],
    ['pétri', petrissage, true],
    ['kneading', petrissage, true], // a form, not the name
    ['deep-tissue', deepTissue, true],
    ['deep tissue', deepTissue, true],
    ['slipped', slippedDisc, true],
    ['disk', slippedDisc, false],
    ['', sciatica, true],
  ])('%j against %s → %s', (query, term, expected) => {
    expect(matchTerm(term, query)).toBe(expected);
  });
});

describe('filterTerms', () => {
  it('keeps matching terms in their order', () => {
    expect(filterTerms([petrissage, sciatica, deepTissue], 'i').map((t) => t.id)).toEqual([
      'petrissage',
      'sciatica',
      'deep-tissue-massage',
    ]);
    expect(filterTerms([petrissage, sciatica, deepTissue], 'tissue').map((t) => t.id)).toEqual(['deep-tissue-massage']);
    expect(filterTerms([petrissage, sciatica], 'nothing like this')).toEqual([]);
  });

  it('finds every real term by its own name', () => {
    for (const term of TERMS) expect(filterTerms(TERMS, term.name)).toContain(term);
  });
});

describe('groupTermsByLetter', () => {
  it('sorts by folded name and groups by first letter', () => {
    const groups = groupTermsByLetter([
      sciatica,
      slippedDisc,
      petrissage,
      deepTissue,
      makeTerm('5-point', '5-point hold'),
    ]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.id)])).toEqual([
      ['#', ['5-point']],
      ['D', ['deep-tissue-massage']],
      ['H', ['herniated-disc']],
      ['P', ['petrissage']],
      ['S', ['sciatica']],
    ]);
  });

  it('files an accented name under its plain letter', () => {
    expect(groupTermsByLetter([makeTerm('ecole', 'École')])[0]?.letter).toBe('E');
  });

  it('puts every real term in exactly one group, groups in A–Z order', () => {
    const groups = groupTermsByLetter(TERMS);
    expect(groups.flatMap((g) => g.terms).length).toBe(TERMS.length);
    const letters = groups.map((g) => g.letter);
    expect(new Set(letters).size).toBe(letters.length);
    expect([...letters].sort()).toEqual(letters);
  });

  it('returns no groups for no terms', () => {
    expect(groupTermsByLetter([])).toEqual([]);
  });
});

describe('letterAnchor', () => {
  it.each([
    ['A', 'letter-A'],
    ['#', 'letter-other'],
  ])('%s → %s', (letter, anchor) => {
    expect(letterAnchor(letter)).toBe(anchor);
  });
});

import { describe, expect, it } from 'vitest';
import { TERMS } from '@/lib/guide';
import { findClosestTerms, findTermInText, lookUpText, similarity } from '@/lib/card-text/closest-terms';
import { makeTerm } from './support/make-term';
import { readGuideFormIndex } from '@/lib/match/guide-form-index';
import { createMatcher, type TextMatch } from '@/lib/match/matcher';

const massage = makeTerm('massage-therapy', 'Massage therapy', ['massage therapy', 'massage']);
const deepTissue = makeTerm('deep-tissue-massage', 'Deep tissue massage', [
  'deep tissue massage',
  'deep-tissue massage',
]);
const shiatsu = makeTerm('shiatsu', 'Shiatsu', ['shiatsu', 'shiatsu massage']);
const petrissage = makeTerm('petrissage', 'Pétrissage', ['pétrissage', 'kneading']);
const sciatica = makeTerm('sciatica', 'Sciatica', ['sciatica']);
const terms = [massage, deepTissue, shiatsu, petrissage, sciatica];

describe('findTermInText', () => {
  it.each([
    ['Deep tissue massage', 'deep-tissue-massage'],
    ['I booked a deep-tissue massage, yes.', 'deep-tissue-massage'], // longest spelling beats "massage"
    ['Some massage would help', 'massage-therapy'],
    ['PETRISSAGE', 'petrissage'],
    ['gentle kneading', 'petrissage'],
    ['shiatsu.', 'shiatsu'],
  ])('%j contains %s', (text, id) => {
    expect(findTermInText(text, terms)?.id).toBe(id);
  });

  it.each(['massages', 'sciatic', 'deep tissue', ''])('%j contains no whole term', (text) => {
    expect(findTermInText(text, terms)).toBeNull();
  });
});

describe('similarity', () => {
  it('is 1 for the same word however it is written and 0 for nothing shared', () => {
    expect(similarity('Pétrissage', 'petrissage')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });

  it('ranks a misspelling above an unrelated word', () => {
    expect(similarity('shiatzu', 'shiatsu')).toBeGreaterThan(similarity('shiatzu', 'kneading'));
  });
});

describe('findClosestTerms', () => {
  it.each([
    ['shiatzu', 'shiatsu'],
    ['sciatic', 'sciatica'],
    ['deep massage', 'deep-tissue-massage'],
    ['petrisage', 'petrissage'],
  ])('puts %s closest to %s', (text, id) => {
    expect(findClosestTerms(text, terms)[0]?.id).toBe(id);
  });

  it('suggests nothing for text unlike any entry', () => {
    expect(findClosestTerms('xyz', terms)).toEqual([]);
  });

  it('suggests at most the limit', () => {
    expect(findClosestTerms('massage', terms, 2)).toHaveLength(2);
  });
});

describe('lookUpText with the real terms', () => {
  it('finds a technique in a sentence', () => {
    expect(lookUpText('We offer deep tissue massage on Tuesdays', TERMS)).toMatchObject({
      kind: 'term',
      term: { id: 'deep-tissue-massage' },
    });
  });

  it('offers close entries for a misspelt word', () => {
    const lookup = lookUpText('accupressure', TERMS);
    expect(lookup.kind).toBe('unknown');
    expect(lookup.kind === 'unknown' && lookup.closest.map((term) => term.name.toLowerCase())).toContain('acupressure');
  });
});

describe('a selection and the highlights agree', () => {
  // The content script's own matcher, read from the build-time data the page scan uses.
  const pageMatcher = createMatcher(readGuideFormIndex().formIndex);
  const longestOnPage = (text: string): string | null => {
    let best: TextMatch | null = null;
    for (const match of pageMatcher.findAll(text))
      if (!best || match.end - match.start > best.end - best.start) best = match;
    return best?.termId ?? null;
  };

  it.each([
    'deep tissue massage',
    'a deep-tissue massage',
    "the massage's effect on sciatica",
    'Swedish  massage\nat home',
    'trigger point therapy',
    'shiatzu',
    'nothing from the guide here',
  ])('%j names the term the highlights would', (text) => {
    expect(findTermInText(text, TERMS)?.id ?? null).toBe(longestOnPage(text));
  });

  it('finds a term past an apostrophe, as the highlights do (the old word split did not)', () => {
    expect(findTermInText("the sciatica's worst days", TERMS)?.id).toBe('sciatica');
  });
});

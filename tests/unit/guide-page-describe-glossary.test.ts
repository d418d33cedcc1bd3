import { describe, expect, it } from 'vitest';
import { describeResultCount, listOtherForms } from '@/lib/guide-page/describe-glossary';
import { makeTerm } from './support/make-term';

describe('describeResultCount', () => {
  it.each([
    [65, 65, '', '65 terms'],
    [65, 65, '   ', '65 terms'],
    [2, 65, 'sciatic', '2 of 65 terms match'],
    [0, 65, 'zzz', 'No terms match'],
  ])('%i of %i for %j → %j', (shown, total, query, expected) => {
    expect(describeResultCount(shown, total, query)).toBe(expected);
  });
});

describe('listOtherForms', () => {
  it('drops spellings that only differ from the name or each other in case, accents or hyphens', () => {
    const term = makeTerm('petrissage', 'Pétrissage', [
      'pétrissage',
      'petrissage',
      'Petrissage',
      'kneading',
      'Kneading',
      'petri-ssage',
    ]);
    expect(listOtherForms(term)).toEqual(['kneading', 'petri-ssage']);
  });

  it('is empty when every form is the name', () => {
    expect(listOtherForms(makeTerm('sciatica', 'Sciatica', ['sciatica', 'Sciatica']))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { CATEGORIES, TERMS } from '@/lib/guide';
import { compileTermGlossary, guideForms } from '@/lib/match/guide-forms';
import { readGuideGlossary } from '@/lib/match/guide-glossary';
import { guideGlossaryData } from '@/lib/match/guide-glossary.generated';
import {
  compileGlossary,
  compileMatcher,
  createMatcher,
  readGlossaryData,
  writeGlossaryData,
} from '@/lib/match/matcher';

/** Every form of the guide, once between sentences and once run together, so longer forms overlap shorter ones. */
const FORM_TEXTS = guideForms(TERMS).map((form) => form.text);
const TEXT = `${FORM_TEXTS.join('. ')}. ${FORM_TEXTS.join(' ')}`;

describe('the generated guide glossary', () => {
  it('is up to date with lib/guide and lib/match (else run `npm run generate:glossary`)', () => {
    expect(guideGlossaryData()).toEqual({
      glossary: writeGlossaryData(compileGlossary(guideForms(TERMS))),
      categories: Object.fromEntries(TERMS.map((term) => [term.id, term.category])),
    });
  });

  it('reads as the guide’s terms compile: the same categories, the same forms', () => {
    const read = readGuideGlossary();
    const compiled = compileTermGlossary(TERMS);
    expect(read.categories).toEqual(compiled.categories);
    expect(writeGlossaryData(read.glossary)).toEqual(writeGlossaryData(compiled.glossary));
  });

  it('reads back whole, children read on demand included', () => {
    const { glossary } = guideGlossaryData();
    const read = readGlossaryData(glossary);
    createMatcher(read).findAll('deep tissue massage'); // reaches some children before the rest
    expect(writeGlossaryData(read)).toEqual(glossary);
  });

  it('finds what compiling the guide’s forms finds', () => {
    const matches = createMatcher(readGuideGlossary().glossary).findAll(TEXT);
    expect(matches.length).toBeGreaterThanOrEqual(FORM_TEXTS.length);
    expect(matches).toEqual(compileMatcher(guideForms(TERMS)).findAll(TEXT));
  });

  it.each(CATEGORIES)('narrowed to %s, finds what compiling only that category finds', (category) => {
    const ids = new Set(TERMS.filter((term) => term.category === category).map((term) => term.id));
    const narrowed = createMatcher(readGuideGlossary().glossary, (form) => ids.has(form.termId)).findAll(TEXT);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed).toEqual(compileMatcher(guideForms(TERMS, [category])).findAll(TEXT));
  });

  it('compiles any other list of terms', () => {
    const extra = {
      ...TERMS[0]!,
      id: 'made-up',
      name: 'Zorblax',
      forms: [{ text: 'zorblax', context: 'unambiguous' as const }],
    };
    const { glossary, categories } = compileTermGlossary([...TERMS, extra]);
    expect(glossary.formCount).toBe(guideGlossaryData().glossary.formCount + 1);
    expect(categories.get('made-up')).toBe(TERMS[0]!.category);
    expect(
      createMatcher(glossary)
        .findAll('a zorblax, then sciatica')
        .map((m) => m.termId),
    ).toEqual(['made-up', 'sciatica']);
  });
});

import { describe, expect, it } from 'vitest';
import { CATEGORIES, TERMS } from '../../lib/guide';
import { guideForms, guideGlossary } from '../../lib/match/guide-forms';
import { GUIDE_GLOSSARY } from '../../lib/match/guide-glossary.generated';
import { compileGlossary, compileMatcher, createMatcher, readGlossaryData, writeGlossaryData } from '../../lib/match/matcher';

/** Every form of the guide, once between sentences and once run together, so longer forms overlap shorter ones. */
const FORM_TEXTS = guideForms(TERMS).map((form) => form.text);
const TEXT = `${FORM_TEXTS.join('. ')}. ${FORM_TEXTS.join(' ')}`;

describe('the generated guide glossary', () => {
  it('is up to date with lib/guide and lib/match (else run `npm run generate:glossary`)', () => {
    expect(GUIDE_GLOSSARY).toEqual(writeGlossaryData(compileGlossary(guideForms(TERMS))));
  });

  it('reads back whole, children read on demand included', () => {
    const read = readGlossaryData(GUIDE_GLOSSARY);
    createMatcher(read).findAll('deep tissue massage'); // reaches some children before the rest
    expect(writeGlossaryData(read)).toEqual(GUIDE_GLOSSARY);
  });

  it('finds what compiling the guide’s forms finds', () => {
    const matches = createMatcher(guideGlossary(TERMS)).findAll(TEXT);
    expect(matches.length).toBeGreaterThanOrEqual(FORM_TEXTS.length);
    expect(matches).toEqual(compileMatcher(guideForms(TERMS)).findAll(TEXT));
  });

  it.each(CATEGORIES)('narrowed to %s, finds what compiling only that category finds', (category) => {
    const ids = new Set(TERMS.filter((term) => term.category === category).map((term) => term.id));
    const narrowed = createMatcher(guideGlossary(TERMS), (form) => ids.has(form.termId)).findAll(TEXT);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed).toEqual(compileMatcher(guideForms(TERMS, [category])).findAll(TEXT));
  });

  it('compiles any other list of terms', () => {
    const extra = { ...TERMS[0]!, id: 'made-up', name: 'Zorblax', forms: [{ text: 'zorblax', context: 'unambiguous' as const }] };
    const glossary = guideGlossary([...TERMS, extra]);
    expect(glossary.formCount).toBe(GUIDE_GLOSSARY.formCount + 1);
    expect(createMatcher(glossary).findAll('a zorblax, then sciatica').map((m) => m.termId)).toEqual(['made-up', 'sciatica']);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { CATEGORIES, TERMS } from '@/lib/guide';
import { compileTermGlossary, guideForms } from '@/lib/match/guide-forms';
import { readGuideGlossary } from '@/lib/match/guide-glossary';
import { guideFormCount, guideGlossaryData, guidePrefilter } from '@/lib/match/guide-glossary.generated';
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
    const { prefilter, formCount, trie } = writeGlossaryData(compileGlossary(guideForms(TERMS)));
    expect([guidePrefilter, guideFormCount]).toEqual([prefilter, formCount]);
    expect(guideGlossaryData()).toEqual({
      trie,
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
    const glossary = { prefilter: guidePrefilter, formCount: guideFormCount, trie: guideGlossaryData().trie };
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
    expect(glossary.formCount).toBe(guideFormCount + 1);
    expect(categories.get('made-up')).toBe(TERMS[0]!.category);
    expect(
      createMatcher(glossary)
        .findAll('a zorblax, then sciatica')
        .map((m) => m.termId),
    ).toEqual(['made-up', 'sciatica']);
  });
});

describe('reading the guide glossary lazily', () => {
  it('parses nothing until the text stops the prefilter, then reads the trie once', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const read = readGuideGlossary();
      const matcher = createMatcher(read.glossary);
      expect(matcher.findAll('the river ran past the old mill in the cold wind')).toEqual([]);
      expect(parse).not.toHaveBeenCalled();
      expect(matcher.findAll('a Swedish massage, then shiatsu').map((m) => m.termId)).toEqual([
        'swedish-massage',
        'shiatsu',
      ]);
      expect(read.categories.get('swedish-massage')).toBe('technique');
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});

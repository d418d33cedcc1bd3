import { describe, expect, it, vi } from 'vitest';
import { CATEGORIES, TERMS } from '@/lib/guide';
import { compileTermFormIndex, guideForms } from '@/lib/match/guide-forms';
import { readGuideFormIndex } from '@/lib/match/guide-form-index';
import { guideFormCount, guidePrefilter } from '@/lib/match/guide-form-index.generated';
import { compileFormIndex, writeFormIndexData } from '@/lib/match/form-index';
import { compileMatcher, createMatcher } from '@/lib/match/matcher';

/** The generated data as a fresh script would take it: the module hands it out once. */
async function freshGuideData() {
  vi.resetModules();
  const generated = await import('@/lib/match/guide-form-index.generated');
  return generated.takeGuideFormIndexData();
}

/** Every form of the guide, once between sentences and once run together, so longer forms overlap shorter ones. */
const FORM_TEXTS = guideForms(TERMS).map((form) => form.text);
const TEXT = `${FORM_TEXTS.join('. ')}. ${FORM_TEXTS.join(' ')}`;

describe('the generated guide form index', () => {
  it('is up to date with lib/guide and lib/match (else run `npm run generate:form-index`)', async () => {
    const { prefilter, formCount, terms, levels } = writeFormIndexData(compileFormIndex(guideForms(TERMS)));
    expect([guidePrefilter, guideFormCount]).toEqual([prefilter, formCount]);
    const categoryOf = new Map(TERMS.map((term) => [term.id, term.category]));
    expect(await freshGuideData()).toEqual({ terms, categories: terms.map((id) => categoryOf.get(id)), levels });
  });

  it('is handed out once, so the script can let its copy of the text go', async () => {
    vi.resetModules();
    const { takeGuideFormIndexData } = await import('@/lib/match/guide-form-index.generated');
    expect(takeGuideFormIndexData().terms).toContain('sciatica');
    expect(() => takeGuideFormIndexData()).toThrow(/taken already/);
  });

  it('reads as the guide’s terms compile: the same categories, the same forms', () => {
    const read = readGuideFormIndex();
    const compiled = compileTermFormIndex(TERMS);
    expect(read.categories).toEqual(compiled.categories);
    expect(writeFormIndexData(read.formIndex)).toEqual(writeFormIndexData(compiled.formIndex));
  });

  it('reads back whole, children read on demand included', async () => {
    const { terms, levels } = await freshGuideData();
    vi.resetModules();
    const { readGuideFormIndex: readFresh } = await import('@/lib/match/guide-form-index');
    const read = readFresh().formIndex;
    createMatcher(read).findAll('deep tissue massage'); // reaches some children before the rest
    expect(writeFormIndexData(read)).toEqual({ prefilter: guidePrefilter, formCount: guideFormCount, terms, levels });
  });

  it('finds what compiling the guide’s forms finds', () => {
    const matches = createMatcher(readGuideFormIndex().formIndex).findAll(TEXT);
    expect(matches.length).toBeGreaterThanOrEqual(FORM_TEXTS.length);
    expect(matches).toEqual(compileMatcher(guideForms(TERMS)).findAll(TEXT));
  });

  it.each(CATEGORIES)('narrowed to %s, finds what compiling only that category finds', (category) => {
    const ids = new Set(TERMS.filter((term) => term.category === category).map((term) => term.id));
    const narrowed = createMatcher(readGuideFormIndex().formIndex, (termId) => ids.has(termId)).findAll(TEXT);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed).toEqual(compileMatcher(guideForms(TERMS.filter((term) => ids.has(term.id)))).findAll(TEXT));
  });

  it('compiles any other list of terms', () => {
    const extra = {
      ...TERMS[0]!,
      id: 'made-up',
      name: 'Zorblax',
      forms: [{ text: 'zorblax', context: 'unambiguous' as const }],
    };
    const { formIndex, categories } = compileTermFormIndex([...TERMS, extra]);
    expect(formIndex.formCount).toBe(guideFormCount + 1);
    expect(categories.get('made-up')).toBe(TERMS[0]!.category);
    expect(
      createMatcher(formIndex)
        .findAll('a zorblax, then sciatica')
        .map((m) => m.termId),
    ).toEqual(['made-up', 'sciatica']);
  });
});

describe('reading the guide form index lazily', () => {
  it('parses nothing until the text stops the prefilter, then only the levels the text reaches, once', async () => {
    vi.resetModules();
    const fresh = await import('@/lib/match/guide-form-index');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const read = fresh.readGuideFormIndex();
      const matcher = createMatcher(read.formIndex);
      expect(matcher.findAll('the river ran past the old mill in the cold wind')).toEqual([]);
      expect(parse).not.toHaveBeenCalled();
      expect(matcher.findAll('a Swedish massage, then shiatsu').map((m) => m.termId)).toEqual([
        'swedish-massage',
        'shiatsu',
      ]);
      expect(read.categories.get('swedish-massage')).toBe('technique');
      // The terms, the root level, and the levels after "swedish" and after "shiatsu".
      expect(parse).toHaveBeenCalledTimes(4);
      // A second session of the same script shares what the first one read.
      expect(createMatcher(fresh.readGuideFormIndex().formIndex).findAll('Swedish massage')).toHaveLength(1);
      expect(parse).toHaveBeenCalledTimes(4);
    } finally {
      parse.mockRestore();
    }
  });
});

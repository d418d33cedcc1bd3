import { describe, expect, it } from 'vitest';
import {
  compileFormIndex,
  lazyFormIndex,
  readTrieRoot,
  writeFormIndexData,
  type MatcherForm,
} from '@/lib/match/form-index';
import { compileMatcher, createMatcher } from '@/lib/match/matcher';

const form = (text: string, termId = text.toLowerCase().replace(/\W+/g, '-'), needsContext = false): MatcherForm => ({
  text,
  termId,
  needsContext,
});

const FORMS: MatcherForm[] = [
  form('massage'),
  form('sciatica'),
  form('pétrissage', 'petrissage'),
  form('trigger point', 'trigger-point'),
  form('trigger point therapy', 'trigger-point-therapy'),
  form('deep tissue massage', 'deep-tissue'),
  form("runner's knee", 'runners-knee'),
  form('lower back pain', 'lower-back-pain'),
  form('back pain', 'back-pain'),
  form('friction', 'friction', true),
];
const matcher = compileMatcher(FORMS);

/** The matched substrings of `text`, with their term ids. */
function found(text: string, m = matcher): [string, string][] {
  return m.findAll(text).map((hit) => [text.slice(hit.start, hit.end), hit.termId]);
}

describe('word boundaries', () => {
  it.each([
    ['massaged'],
    ['zbMassage'],
    ['Massagepistolen'],
    ['unsciatica'],
    ['sciatica2'],
    ['2sciatica'],
    ['cafémassage'],
    ['massageé'],
    ['массажmassage'],
    ['massageмассаж'],
    ['日本massage'],
    ['massage²'],
    ['ﬁmassage'],
    ['x_massage'],
    ['trigger pointed'],
  ])('no hit inside %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Massage.', 'Massage'],
    ['(massage)', 'massage'],
    ['«massage»', 'massage'],
    ['massage’s benefits', 'massage'],
    ['pre-massage checklist', 'massage'],
    ['„Sciatica“', 'Sciatica'],
    ['l’effleurage, massage', 'massage'],
    ['MASSAGE', 'MASSAGE'],
    ['1 massage', 'massage'],
    ['massage😀', 'massage'],
    ['😀Massage™', 'Massage'],
    ['3×massage', 'massage'],
    ['massage…', 'massage'],
  ])('a hit in %j', (text, expected) => {
    expect(found(text).map(([s]) => s)).toEqual([expected]);
  });
});

describe('folding', () => {
  it.each([
    ['petrissage', 'petrissage'],
    ['Pétrissage', 'Pétrissage'],
    ['PÉTRISSAGE', 'PÉTRISSAGE'],
    ['pe\u0301trissage', 'pe\u0301trissage'],
    ['pètrissàge', 'pètrissàge'],
    ['mas\u00adsage', 'mas\u00adsage'],
    ['mas\u200bsage', 'mas\u200bsage'],
    ['trigger-point', 'trigger-point'],
    ['trigger\u2010point', 'trigger\u2010point'],
    ['trigger\u2011point', 'trigger\u2011point'],
    ['trigger \u2013 point', 'trigger \u2013 point'],
    ['trigger\u00a0point', 'trigger\u00a0point'],
    ['trigger\u202fpoint', 'trigger\u202fpoint'],
    ['trigger\u3000point', 'trigger\u3000point'],
    ['trigger\n   \t point', 'trigger\n   \t point'],
    ['trigger\u2029point', 'trigger\u2029point'], // how the scan joins two text nodes
    ['trig\u00adger point', 'trig\u00adger point'],
    ['runner’s knee', 'runner’s knee'],
    ['Runner‘s  Knee', 'Runner‘s  Knee'],
  ])('%j matches as %j', (text, expected) => {
    expect(found(text).map(([s]) => s)).toEqual([expected]);
  });

  it.each([
    [`trigger\n${' '.repeat(200)}point`, ['trigger-point']],
    [`trigger\n${' '.repeat(300)}point`, []],
  ])('a long gap (%#) ends a form', (text, expected) => {
    expect(found(text).map(([, id]) => id)).toEqual(expected);
  });

  it.each([['runner s knee'], ['runners knee'], ['trigger. Point'], ['trigger — point'], ['trigger\u00adpoint']])(
    '%j is not a multi-word form',
    (text) => {
      expect(found(text).map(([, id]) => id)).not.toContain('trigger-point');
      expect(found(text).map(([, id]) => id)).not.toContain('runners-knee');
    },
  );
});

describe('overlapping forms', () => {
  it.each([
    ['trigger point therapy helps', [['trigger point therapy', 'trigger-point-therapy']]],
    ['a trigger point hurts', [['trigger point', 'trigger-point']]],
    [
      'trigger point trigger point therapy',
      [
        ['trigger point', 'trigger-point'],
        ['trigger point therapy', 'trigger-point-therapy'],
      ],
    ],
    ['lower back pain', [['lower back pain', 'lower-back-pain']]],
    ['lower back', []],
    ['deep tissue massage', [['deep tissue massage', 'deep-tissue']]],
    ['deep tissue work and massage', [['massage', 'massage']]],
    [
      'back pain and lower back pain',
      [
        ['back pain', 'back-pain'],
        ['lower back pain', 'lower-back-pain'],
      ],
    ],
  ])('%j → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('returns leftmost, non-overlapping matches in order', () => {
    const hits = matcher.findAll('massage, back pain, friction, sciatica and more massage');
    expect(hits.map((h) => h.termId)).toEqual(['massage', 'back-pain', 'friction', 'sciatica', 'massage']);
    for (let i = 1; i < hits.length; i += 1) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
  });

  it('carries needsContext from the form', () => {
    expect(matcher.findAll('friction and massage').map((h) => h.needsContext)).toEqual([true, false]);
  });
});

describe('offsets into the original text', () => {
  it.each([
    ['a\u00ad\u00adb mas\u00adsage', 'mas\u00adsage'],
    ['\u00adsciatica\u00ad then', 'sciatica'],
    ['ca\u0301fe\u0301 pe\u0301trissage', 'pe\u0301trissage'],
    ['pe\u0301trissage\u0301\u0301 ok', 'pe\u0301trissage\u0301\u0301'],
    ['\u200b\u200b\u200btrigger \u00adpoint', 'trigger \u00adpoint'],
    ['😀 massage 😀 sciatica', 'massage'],
  ])('in %j the first hit is %j', (text, expected) => {
    const hits = matcher.findAll(text);
    expect(hits.length).toBeGreaterThan(0);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe(expected);
  });

  it('keeps every offset right on a text full of length-changing characters', () => {
    const pieces = ['mas\u00adsage', 'pe\u0301trissage', 'sci\u200batica', 'trigger\u00a0point', 'x\u0301\u00ad'];
    let text = '';
    const expected: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const piece = pieces[i % pieces.length]!;
      text += `${piece} \u00ad `;
      if (!piece.startsWith('x')) expected.push(piece);
    }
    expect(found(text).map(([s]) => s)).toEqual(expected);
  });
});

describe('scale', () => {
  const PARAGRAPH =
    'After a week of sciatica she booked a massage. The therapist found a trigger point near the hip, ' +
    'used trigger point therapy, then pétrissage; friction came last. Lower back pain eased. ';

  it('finds matches in proportion to the text, not more', () => {
    const once = matcher.findAll(PARAGRAPH).length;
    expect(once).toBe(7);
    const big = PARAGRAPH.repeat(20_000); // ~3.4 MB
    const hits = matcher.findAll(big);
    expect(hits.length).toBe(once * 20_000);
    expect(hits.at(-1)!.end).toBeLessThanOrEqual(big.length);
  });

  it('is not slowed by a pathological run of gaps or near-misses', () => {
    const text = `${'trigger '.repeat(50_000)}point ${'-'.repeat(100_000)} massage`;
    expect(found(text).map(([, id]) => id)).toEqual(['trigger-point', 'massage']);
  });

  it('gives the same results with 100× as many unrelated forms', () => {
    const syllables = ['ka', 'lo', 'mi', 'ter', 'sun', 'dra', 'vel', 'po', 'qua', 'zin', 'rex', 'ut'];
    const extra: MatcherForm[] = [];
    for (let i = 0; extra.length < FORMS.length * 100; i += 1) {
      const word = (n: number) =>
        syllables[n % 12]! + syllables[Math.floor(n / 12) % 12]! + syllables[Math.floor(n / 144) % 12]!;
      extra.push(form(`${word(i)} ${word(i * 7 + 3)}`, `generated-${i}`));
      extra.push(form(`massage ${word(i)}`, `generated-massage-${i}`));
    }
    const large = compileMatcher([...FORMS, ...extra]);
    expect(large.formCount).toBe(matcher.formCount + extra.length);
    const text = `${PARAGRAPH} Trigger-point work, runner’s knee and deep tissue massage.`.repeat(50);
    expect(large.findAll(text)).toEqual(matcher.findAll(text));
  });
});

describe('compiling', () => {
  it.each([
    [[form('massage'), form('Massage', 'other')], 1, 'massage'],
    [[form('Deep-tissue massage', 'a'), form('deep tissue massage', 'b')], 1, 'a'],
    [[form('...', 'none'), form('sciatica')], 1, 'sciatica'],
  ])('the first of equal forms wins and forms without words are skipped', (forms, count, id) => {
    const m = compileMatcher(forms);
    expect(m.formCount).toBe(count);
    expect(m.findAll('Massage sciatica deep tissue massage').map((h) => h.termId)).toContain(id);
  });

  it('matches nothing with no forms', () => {
    expect(compileMatcher([]).findAll('massage')).toEqual([]);
  });

  it('keeps forms with punctuation between words exact', () => {
    const m = compileMatcher([form('R & D', 'rd'), form('St. John’s wort', 'wort')]);
    expect(found("r&d, R  &  D, R and D, st. john's wort", m)).toEqual([
      ['r&d', 'rd'],
      ['R  &  D', 'rd'],
      ['R and D', 'rd'],
      ["st. john's wort", 'wort'],
    ]);
    expect(found('R D, St John’s wort', m)).toEqual([]);
  });
});

describe('one form index, narrowed per matcher', () => {
  const formIndex = compileFormIndex(FORMS);
  const TEXT = 'Trigger point therapy eases lower back pain; deep tissue massage, then massage.';

  it('matches as if rejected forms were never compiled', () => {
    const rejected = new Set(['trigger-point-therapy', 'lower-back-pain', 'deep-tissue']);
    const narrowed = createMatcher(formIndex, (termId) => !rejected.has(termId));
    expect(found(TEXT, narrowed)).toEqual(found(TEXT, compileMatcher(FORMS.filter((f) => !rejected.has(f.termId)))));
    expect(found(TEXT, narrowed)).toEqual([
      ['Trigger point', 'trigger-point'],
      ['back pain', 'back-pain'],
      ['massage', 'massage'],
      ['massage', 'massage'],
    ]);
  });

  it('matches nothing when every form is rejected', () => {
    expect(createMatcher(formIndex, () => false).findAll(TEXT)).toEqual([]);
  });

  it('leaves the realm holding no page text once it is done', () => {
    const text = `${TEXT} ${'x'.repeat(1000)}`;
    expect(matcher.findAll(text).length).toBeGreaterThan(0);
    // `RegExp.input` is the string the realm's last successful match ran on.
    expect((RegExp as unknown as { input: string }).input).toBe('');
  });

  it('survives being written as plain data and read back', () => {
    const data = JSON.parse(JSON.stringify(writeFormIndexData(formIndex)));
    // As the content script reads the guide's data (guide-form-index.ts).
    const read = createMatcher(lazyFormIndex(data.prefilter, data.formCount, () => readTrieRoot(data)));
    expect(read.formCount).toBe(FORMS.length);
    const text = `${TEXT} Pétrissage, sciatica, runner’s knee and fric\u00adtion.`;
    expect(read.findAll(text)).toEqual(matcher.findAll(text));
    expect(read.findAll(text)).toHaveLength(8);
  });
});

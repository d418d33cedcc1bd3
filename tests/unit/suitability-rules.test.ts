import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS, type SectionId, type TechniqueId } from '@/lib/guide';
import {
  assess,
  assessTechnique,
  FIT_WEIGHTS,
  phraseAnswer,
  QUESTION_GROUPS,
  RULES,
  type Effect,
  type Profile,
  type Strength,
} from '@/lib/suitability';
import { makeProfile } from './support/make-profile';

/**
 * Every statement of the guide the checker relies on, written down independently of `RULES`:
 * technique, the answer, what the guide says it means (and how strongly), and the section saying it.
 */
type Row = [TechniqueId, keyof Profile, string | boolean, Effect, Strength | null, SectionId, Partial<Profile>?];

/** The conditions the guide is silent on for a technique: those without a rule of their own below. */
const SILENT_CONDITIONS = [
  'blood-clotting-disorder',
  'blood-thinners',
  'osteoporosis',
  'fibromyalgia',
  'rheumatoid-arthritis',
];
const OWN_RULES: Partial<Record<TechniqueId, readonly string[]>> = {
  'deep-tissue': ['blood-clotting-disorder', 'blood-thinners', 'osteoporosis'],
  'trigger-point': [
    'blood-clotting-disorder',
    'blood-thinners',
    'osteoporosis',
    'fibromyalgia',
    'rheumatoid-arthritis',
  ],
};
const MUSCLE = { causes: ['muscle-tension'] } satisfies Partial<Profile>;
const BRIEF = { 'hot-stone': 'hot-stone-massage', thai: 'thai-massage', shiatsu: 'shiatsu-massage' } as const;

const ROWS: Row[] = [
  ['swedish', 'severity', 'mild', 'fits', 'points-to', 'swedish-suitability'],
  ['swedish', 'severity', 'moderate', 'fits', 'points-to', 'swedish-suitability'],
  ['swedish', 'goals', 'relaxation', 'fits', 'points-to', 'swedish-suitability'],
  ['swedish', 'goals', 'stress-relief', 'fits', 'points-to', 'swedish-suitability'],
  ['swedish', 'severity', 'severe', 'limits', null, 'swedish-suitability'],
  ['swedish', 'causes', 'muscle-tension', 'fits', 'benefit', 'swedish-benefits'],
  ['swedish', 'goals', 'pain-relief', 'fits', 'benefit', 'swedish-benefits'],
  ['swedish', 'goals', 'flexibility', 'fits', 'benefit', 'swedish-techniques'],
  ['swedish', 'pressure', 'light', 'fits', 'preference', 'swedish-massage'],
  ['swedish', 'pressure', 'moderate', 'fits', 'preference', 'swedish-massage'],
  ['swedish', 'pressure', 'firm', 'limits', null, 'swedish-massage'],
  ['swedish', 'sensitiveMuscles', true, 'fits', 'preference', 'swedish-suitability'],

  ['deep-tissue', 'duration', 'chronic', 'fits', 'points-to', 'deep-tissue-suitability'],
  ['deep-tissue', 'causes', 'muscle-tension', 'fits', 'points-to', 'deep-tissue-suitability'],
  ['deep-tissue', 'duration', 'acute', 'against', null, 'deep-tissue-suitability'],
  ['deep-tissue', 'severity', 'severe', 'against', null, 'deep-tissue-suitability'],
  ['deep-tissue', 'conditions', 'blood-clotting-disorder', 'ask-first', null, 'deep-tissue-suitability'],
  ['deep-tissue', 'conditions', 'osteoporosis', 'ask-first', null, 'deep-tissue-suitability'],
  ['deep-tissue', 'goals', 'pain-relief', 'fits', 'benefit', 'deep-tissue-benefits'],
  ['deep-tissue', 'goals', 'flexibility', 'fits', 'benefit', 'deep-tissue-benefits'],
  ['deep-tissue', 'pressure', 'firm', 'fits', 'preference', 'deep-tissue-techniques'],
  ['deep-tissue', 'pressure', 'light', 'limits', null, 'deep-tissue-techniques'],
  ['deep-tissue', 'pressure', 'moderate', 'note', null, 'communicating-needs'],
  ['deep-tissue', 'sensitiveMuscles', true, 'limits', null, 'deep-tissue-techniques'],

  // Pain in one spot needs a muscle cause (tight muscle or knots) before the guide points to it.
  ['trigger-point', 'spread', 'localized', 'fits', 'points-to', 'trigger-point-suitability', MUSCLE],
  ['trigger-point', 'causes', 'muscle-tension', 'fits', 'points-to', 'trigger-point-suitability'],
  ['trigger-point', 'causes', 'muscle-strain', 'fits', 'points-to', 'trigger-point-suitability'],
  ['trigger-point', 'causes', 'trigger-points', 'fits', 'points-to', 'trigger-point-suitability'],
  ['trigger-point', 'causes', 'muscle-tension', 'fits', 'points-to', 'trigger-point-therapy'],
  ['trigger-point', 'spread', 'widespread', 'against', null, 'trigger-point-suitability'],
  ['trigger-point', 'conditions', 'fibromyalgia', 'ask-first', null, 'trigger-point-suitability'],
  ['trigger-point', 'conditions', 'rheumatoid-arthritis', 'ask-first', null, 'trigger-point-suitability'],
  ['trigger-point', 'goals', 'pain-relief', 'fits', 'benefit', 'trigger-point-techniques'],
  ['trigger-point', 'goals', 'flexibility', 'fits', 'benefit', 'trigger-point-benefits'],
  ['trigger-point', 'pressure', 'firm', 'fits', 'preference', 'trigger-point-techniques'],
  ['trigger-point', 'pressure', 'light', 'limits', null, 'trigger-point-techniques'],
  ['trigger-point', 'pressure', 'moderate', 'note', null, 'communicating-needs'],
  ['trigger-point', 'sensitiveMuscles', true, 'limits', null, 'trigger-point-techniques'],

  ['hot-stone', 'goals', 'relaxation', 'fits', 'benefit', 'hot-stone-massage'],
  ['hot-stone', 'causes', 'muscle-tension', 'fits', 'benefit', 'hot-stone-massage'],
  ['thai', 'goals', 'flexibility', 'fits', 'benefit', 'thai-massage'],
  ['thai', 'goals', 'relaxation', 'fits', 'benefit', 'thai-massage'],
  ['thai', 'goals', 'pain-relief', 'fits', 'benefit', 'thai-massage'],
  ['thai', 'causes', 'muscle-tension', 'fits', 'benefit', 'thai-massage'],
  ['shiatsu', 'causes', 'stress', 'fits', 'points-to', 'shiatsu-massage'],
  ['shiatsu', 'goals', 'relaxation', 'fits', 'benefit', 'shiatsu-massage'],
  ['shiatsu', 'goals', 'pain-relief', 'fits', 'benefit', 'shiatsu-massage'],
  ['shiatsu', 'causes', 'muscle-tension', 'fits', 'benefit', 'shiatsu-massage'],

  // Where the guide says nothing, the technique cannot be a good fit (limits) or the gap is only noted.
  ...Object.entries(BRIEF).flatMap(([t, section]): Row[] => [
    [t as TechniqueId, 'sensitiveMuscles', true, 'limits', null, section],
    ...(['light', 'moderate', 'firm'] as const).map((p): Row => [
      t as TechniqueId,
      'pressure',
      p,
      'note',
      null,
      section,
    ]),
  ]),
  ...TECHNIQUE_IDS.flatMap((t) =>
    SILENT_CONDITIONS.filter((c) => !OWN_RULES[t]?.includes(c)).map((c): Row => [
      t,
      'conditions',
      c,
      'limits',
      null,
      'medical-history',
    ]),
  ),

  // Pressure risk: NCCIH on forceful and deep massage with bleeding disorders and blood thinners;
  // osteoporosis, where no source rules on trigger point, holds it back.
  ['deep-tissue', 'conditions', 'blood-thinners', 'ask-first', null, 'medical-history'],
  ['trigger-point', 'conditions', 'blood-clotting-disorder', 'ask-first', null, 'trigger-point-techniques'],
  ['trigger-point', 'conditions', 'blood-thinners', 'ask-first', null, 'trigger-point-techniques'],
  ['trigger-point', 'conditions', 'osteoporosis', 'limits', null, 'trigger-point-techniques'],

  // Pregnancy (NCCIH: talk with a provider first) and recent surgery (no source speaks to it).
  ...TECHNIQUE_IDS.flatMap((t): Row[] => [
    [t, 'conditions', 'pregnancy', 'ask-first', null, 'medical-history'],
    [t, 'conditions', 'recent-surgery', 'limits', null, 'medical-history'],
  ]),
];

/** An answer that differs from `value`, so the row's rule cannot fire on it. */
const OTHER: Partial<Record<keyof Profile, Record<string, unknown>>> = {
  duration: { acute: 'chronic', chronic: 'acute' },
  severity: { mild: 'moderate', moderate: 'mild', severe: 'moderate' },
  spread: { localized: 'widespread', widespread: 'localized' },
};

function withAnswer(field: keyof Profile, value: unknown, context: Partial<Profile> = {}): Profile {
  const base = makeProfile(context);
  const isList = Array.isArray(base[field]);
  return { ...base, [field]: isList ? (value === null ? [] : [value]) : value } as Profile;
}

function contrast(field: keyof Profile, value: string | boolean): unknown {
  if (field === 'sensitiveMuscles') return false;
  if (field === 'pressure') return undefined;
  return OTHER[field]?.[String(value)] ?? null;
}

describe('the rules table', () => {
  it.each(ROWS)('%s: %s = %s → %s (%s, %s)', (technique, field, value, effect, strength, section, context) => {
    const phrase = phraseAnswer(field, value as never);
    const matches = (profile: Profile) =>
      assessTechnique(profile, technique).reasons.filter(
        (r) =>
          r.effect === effect &&
          (r.strength ?? null) === strength &&
          r.section === section &&
          r.because.includes(phrase),
      );

    const found = matches(withAnswer(field, value, context));
    expect(found).toHaveLength(1);
    expect(found[0]!.text.length).toBeGreaterThan(10);
    expect(matches(withAnswer(field, contrast(field, value), context))).toEqual([]);
  });

  it('has a row above for every rule, so no rule goes untested', () => {
    const rowKeys = new Set(ROWS.map((row) => row.slice(0, 6).join('|')));
    const ruleKeys = RULES.flatMap((rule) =>
      Object.entries(rule.when).flatMap(([field, wanted]) =>
        (Array.isArray(wanted) ? wanted : [wanted]).map((v) =>
          [rule.technique, field, v, rule.effect, rule.strength ?? null, rule.section].join('|'),
        ),
      ),
    );
    expect(ruleKeys.filter((key) => !rowKeys.has(key))).toEqual([]);
    expect(new Set(ruleKeys).size).toBe(ROWS.length);
  });

  it('weighs the guide’s own pointers above its benefits, and benefits above preferences', () => {
    expect(FIT_WEIGHTS['points-to']).toBeGreaterThan(FIT_WEIGHTS.benefit);
    expect(FIT_WEIGHTS.benefit).toBeGreaterThan(FIT_WEIGHTS.preference);
    expect(RULES.every((rule) => (rule.effect === 'fits') === (rule.strength !== undefined))).toBe(true);
  });

  it('adds no caution where the guide is silent: hot stone, Thai and Shiatsu get "ask first" only on a named public source', () => {
    const cautions = RULES.filter((r) => r.technique in BRIEF && (r.effect === 'ask-first' || r.effect === 'against'));
    expect(cautions.filter((r) => r.effect === 'against' || !r.sources?.length)).toEqual([]);
    expect(cautions.map((r) => r.when)).toEqual(Object.keys(BRIEF).map(() => ({ conditions: 'pregnancy' })));
  });

  it('keeps every rule beyond the guide on a named source, or saying no source speaks to it', () => {
    const beyond = RULES.filter(
      (r) => (r.effect === 'ask-first' || r.effect === 'against') && r.section === 'medical-history',
    );
    expect(beyond.length).toBeGreaterThan(0);
    for (const rule of beyond) expect(rule.sources?.length).toBeGreaterThan(0);
    const surgery = RULES.filter((r) => r.when.conditions === 'recent-surgery');
    expect(surgery).toHaveLength(TECHNIQUE_IDS.length);
    for (const rule of surgery)
      expect(rule).toMatchObject({ effect: 'limits', text: expect.stringMatching(/No source/) });
  });

  it('no longer counts the Swedish section’s remark on severe pain in favour of deep tissue or trigger point', () => {
    const severe = RULES.filter((r) => r.when.severity === 'severe' || r.when.severity?.includes?.('severe' as never));
    expect(severe.filter((r) => r.effect === 'fits')).toEqual([]);
  });
});

/** Every choice of every question, as [field, value]. */
const CHOICES: Array<[keyof Profile, unknown]> = [
  ...QUESTION_GROUPS.flatMap((group) =>
    group.questions.flatMap((q) => q.choices.map((c): [keyof Profile, unknown] => [q.field, c.value])),
  ),
  ['sensitiveMuscles', true],
];

/**
 * Everything an answer can change: the gate, the notes and each technique's reasons; with `sayBack`,
 * also the answers each reason says back ("you told us your pain is mild").
 */
function footprint(profile: Profile, sayBack = false): string {
  const { gate, results, notes } = assess(profile);
  const reasons = results.map((r) => [
    r.technique,
    r.reasons.map((x) => `${x.effect}:${x.text}${sayBack ? x.because : ''}`).sort(),
  ]);
  return JSON.stringify([gate?.tier ?? null, gate?.signs.map((s) => s.id), notes, reasons.sort()]);
}

/** The guide treats mild and moderate pain as one band: those two differ only in what is said back. */
const ONE_BAND = new Set(['mild|moderate', 'moderate|mild']);

describe('every answer counts', () => {
  const bases = [
    makeProfile(),
    makeProfile({ duration: 'acute', spread: 'widespread', severity: 'mild' }),
    // Where the date of a strain decides the gate.
    makeProfile({ duration: 'acute', causes: ['muscle-strain'] }),
  ];
  const questionOf = (field: keyof Profile) =>
    QUESTION_GROUPS.flatMap((g) => g.questions).find((q) => q.field === field);

  it.each(CHOICES)('%s = %s changes at least one reason, note or the safety gate', (field, value) => {
    const kind = field === 'sensitiveMuscles' ? 'tick' : questionOf(field)!.kind;
    const changes = bases.some((base) => {
      if (kind === 'tick') return footprint({ ...base, sensitiveMuscles: true }) !== footprint(base);
      if (kind === 'many') return footprint({ ...base, [field]: [value] } as Profile) !== footprint(base);
      // One of several: it must differ from every other choice, and from no answer where that is allowed.
      const withIt = { ...base, [field]: value } as Profile;
      const others = questionOf(field)!
        .choices.map((c) => c.value as unknown)
        .filter((v) => v !== value);
      if (field === 'pressure' || field === 'injuryOnset') others.push(undefined);
      return others.every((other) => {
        const sayBack = ONE_BAND.has(`${String(value)}|${String(other)}`);
        return footprint(withIt, sayBack) !== footprint({ ...base, [field]: other } as Profile, sayBack);
      });
    });
    expect(changes).toBe(true);
  });
});

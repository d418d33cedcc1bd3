import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS, type SectionId, type TechniqueId } from '@/lib/guide';
import { assessTechnique, phraseAnswer, RULES, type Effect, type Profile } from '@/lib/suitability';
import { makeProfile } from './support/make-profile';

/**
 * Every statement of the guide the checker relies on, written down independently of `RULES`:
 * technique, the answer, what the guide says it means, and the section saying it.
 */
type Row = [TechniqueId, keyof Profile, string | boolean, Effect, SectionId];

const CONDITIONS = ['blood-clotting-disorder', 'osteoporosis', 'fibromyalgia', 'rheumatoid-arthritis'] as const;

const ROWS: Row[] = [
  ['swedish', 'pressure', 'light', 'fits', 'swedish-massage'],
  ['swedish', 'pressure', 'moderate', 'fits', 'swedish-massage'],
  ['swedish', 'pressure', 'firm', 'limits', 'swedish-massage'],
  ['swedish', 'sensitiveMuscles', true, 'fits', 'swedish-suitability'],
  ['swedish', 'severity', 'mild', 'fits', 'swedish-suitability'],
  ['swedish', 'severity', 'moderate', 'fits', 'swedish-suitability'],
  ['swedish', 'severity', 'severe', 'limits', 'swedish-suitability'],
  ['swedish', 'causes', 'muscle-tension', 'fits', 'different-techniques'],
  ['swedish', 'goals', 'relaxation', 'fits', 'swedish-benefits'],
  ['swedish', 'goals', 'stress-relief', 'fits', 'swedish-suitability'],
  ['swedish', 'goals', 'pain-relief', 'fits', 'swedish-benefits'],
  ['swedish', 'goals', 'flexibility', 'fits', 'swedish-techniques'],

  ['deep-tissue', 'duration', 'chronic', 'fits', 'deep-tissue-suitability'],
  ['deep-tissue', 'causes', 'muscle-tension', 'fits', 'deep-tissue-suitability'],
  ['deep-tissue', 'duration', 'acute', 'against', 'deep-tissue-suitability'],
  ['deep-tissue', 'severity', 'severe', 'against', 'deep-tissue-suitability'],
  ['deep-tissue', 'severity', 'severe', 'fits', 'swedish-suitability'],
  ['deep-tissue', 'conditions', 'blood-clotting-disorder', 'ask-first', 'deep-tissue-suitability'],
  ['deep-tissue', 'conditions', 'osteoporosis', 'ask-first', 'deep-tissue-suitability'],
  ['deep-tissue', 'pressure', 'firm', 'fits', 'deep-tissue-techniques'],
  ['deep-tissue', 'pressure', 'light', 'limits', 'deep-tissue-techniques'],
  ['deep-tissue', 'sensitiveMuscles', true, 'limits', 'deep-tissue-techniques'],
  ['deep-tissue', 'goals', 'pain-relief', 'fits', 'deep-tissue-benefits'],
  ['deep-tissue', 'goals', 'flexibility', 'fits', 'deep-tissue-benefits'],

  ['trigger-point', 'spread', 'localized', 'fits', 'trigger-point-suitability'],
  ['trigger-point', 'spread', 'widespread', 'against', 'trigger-point-suitability'],
  ['trigger-point', 'causes', 'muscle-tension', 'fits', 'trigger-point-therapy'],
  ['trigger-point', 'severity', 'severe', 'fits', 'swedish-suitability'],
  ['trigger-point', 'conditions', 'fibromyalgia', 'ask-first', 'trigger-point-suitability'],
  ['trigger-point', 'conditions', 'rheumatoid-arthritis', 'ask-first', 'trigger-point-suitability'],
  ['trigger-point', 'pressure', 'firm', 'fits', 'trigger-point-techniques'],
  ['trigger-point', 'pressure', 'light', 'limits', 'trigger-point-techniques'],
  ['trigger-point', 'sensitiveMuscles', true, 'limits', 'trigger-point-techniques'],
  ['trigger-point', 'goals', 'pain-relief', 'fits', 'trigger-point-techniques'],
  ['trigger-point', 'goals', 'flexibility', 'fits', 'trigger-point-benefits'],

  ['hot-stone', 'goals', 'relaxation', 'fits', 'hot-stone-massage'],
  ['hot-stone', 'causes', 'muscle-tension', 'fits', 'hot-stone-massage'],

  ['thai', 'goals', 'flexibility', 'fits', 'thai-massage'],
  ['thai', 'goals', 'relaxation', 'fits', 'thai-massage'],
  ['thai', 'goals', 'pain-relief', 'fits', 'thai-massage'],
  ['thai', 'causes', 'muscle-tension', 'fits', 'thai-massage'],

  ['shiatsu', 'causes', 'stress', 'fits', 'shiatsu-massage'],
  ['shiatsu', 'goals', 'relaxation', 'fits', 'shiatsu-massage'],
  ['shiatsu', 'goals', 'pain-relief', 'fits', 'shiatsu-massage'],
  ['shiatsu', 'causes', 'muscle-tension', 'fits', 'shiatsu-massage'],

  // The guide asks everyone to tell the therapist about their conditions.
  ...TECHNIQUE_IDS.flatMap((t) => CONDITIONS.map((c): Row => [t, 'conditions', c, 'note', 'medical-history'])),
];

/** An answer that differs from `value`, so the row's rule cannot fire on it. */
const OTHER: Partial<Record<keyof Profile, Record<string, unknown>>> = {
  duration: { acute: 'chronic', chronic: 'acute' },
  severity: { mild: 'severe', moderate: 'severe', severe: 'moderate' },
  spread: { localized: 'widespread', widespread: 'localized' },
};

function withAnswer(field: keyof Profile, value: unknown): Profile {
  const base = makeProfile();
  const isList = Array.isArray(base[field]);
  return { ...base, [field]: isList ? (value === null ? [] : [value]) : value } as Profile;
}

function contrast(field: keyof Profile, value: string | boolean): unknown {
  if (field === 'sensitiveMuscles') return false;
  if (field === 'pressure') return undefined;
  return OTHER[field]?.[String(value)] ?? null;
}

describe('the rules table', () => {
  it.each(ROWS)('%s: %s = %s → %s (%s)', (technique, field, value, effect, section) => {
    const phrase = phraseAnswer(field, value as never);
    const matches = (profile: Profile) =>
      assessTechnique(profile, technique).reasons.filter(
        (r) => r.effect === effect && r.section === section && r.because.includes(phrase),
      );

    const found = matches(withAnswer(field, value));
    expect(found).toHaveLength(1);
    expect(found[0]!.text.length).toBeGreaterThan(10);
    expect(matches(withAnswer(field, contrast(field, value)))).toEqual([]);
  });

  it('has a row above for every rule, so no rule goes untested', () => {
    const rowKeys = new Set(ROWS.map((row) => row.join('|')));
    const ruleKeys = RULES.flatMap((rule) =>
      Object.entries(rule.when).flatMap(([field, wanted]) =>
        (Array.isArray(wanted) ? wanted : [wanted]).map((v) =>
          [rule.technique, field, v, rule.effect, rule.section].join('|'),
        ),
      ),
    );
    expect(ruleKeys.filter((key) => !rowKeys.has(key))).toEqual([]);
    expect(new Set(ruleKeys).size).toBe(ROWS.length);
  });

  it('adds no caution where the guide is silent: hot stone, Thai and Shiatsu never get "ask first" or "against" rules', () => {
    const cautions = RULES.filter(
      (r) =>
        ['hot-stone', 'thai', 'shiatsu'].includes(r.technique) && (r.effect === 'ask-first' || r.effect === 'against'),
    );
    expect(cautions).toEqual([]);
  });
});

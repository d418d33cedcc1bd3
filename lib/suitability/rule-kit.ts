import type { SectionId, Source, TechniqueId } from '@/lib/guide';
import type { AnswerValue } from './answer-phrases';
import type { Profile } from './profile-schema';

/**
 * What a rule does to a technique's verdict:
 * - `fits`: the guide speaks for the technique given this answer (how strongly: its `strength`);
 * - `limits`: the guide points elsewhere, says nothing for this answer, or the technique may feel wrong
 *   (possible at best);
 * - `ask-first`: the guide, or a named public source, says to ask a healthcare provider first;
 * - `against`: the guide says it is not recommended or may not suit (not recommended);
 * - `note`: worth knowing, no effect on the verdict.
 */
export const EFFECTS = ['against', 'ask-first', 'limits', 'fits', 'note'] as const;
export type Effect = (typeof EFFECTS)[number];

/**
 * How strongly a `fits` rule speaks for a technique, and its weight in the ranking:
 * - `points-to` (4): the technique's own suitability statement names the answer as what it is for
 *   ("ideal for", "best suited", "particularly effective for"); only these can make it a good fit;
 * - `benefit` (2): the guide lists the answer among the technique's benefits or aims;
 * - `preference` (1): the technique matches how the person likes a massage to feel.
 */
export const FIT_WEIGHTS = { 'points-to': 4, benefit: 2, preference: 1 } as const;
export type Strength = keyof typeof FIT_WEIGHTS;

/** An answer a rule looks for: one value, or any of several. Lists match when they contain one of them. */
export type When = { [K in keyof Profile]?: AnswerValue<K> | readonly AnswerValue<K>[] };

export interface Rule {
  technique: TechniqueId;
  /** Every field listed must match. */
  when: When;
  effect: Effect;
  /** Set on `fits` rules only. */
  strength?: Strength;
  /** The guide section the rule rests on. */
  section: SectionId;
  /** What the guide says, in our words. */
  text: string;
  /** Public sources behind a rule that goes beyond the guide; named where the reason is shown. */
  sources?: readonly Source[];
  /**
   * The techniques a `limits` rule points to instead ("more targeted techniques may help more"): the
   * rule is moot, and not shown, when every one of them is itself not recommended.
   */
  elsewhere?: readonly TechniqueId[];
}

type Extra = Pick<Rule, 'sources' | 'elsewhere'>;
type Maker = (technique: TechniqueId, when: When, section: SectionId, text: string, extra?: Extra) => Rule;
const make =
  (effect: Effect, strength?: Strength): Maker =>
  (technique, when, section, text, extra = {}) => ({
    technique,
    when,
    effect,
    ...(strength && { strength }),
    section,
    text,
    ...extra,
  });

export const pointsTo = make('fits', 'points-to');
export const benefit = make('fits', 'benefit');
export const preference = make('fits', 'preference');
export const limits = make('limits');
export const askFirst = make('ask-first');
export const against = make('against');
export const note = make('note');

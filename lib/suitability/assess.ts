import { RED_FLAGS, TECHNIQUE_IDS, type RedFlagId, type SectionId, type Source, type TechniqueId } from '@/lib/guide';
import { phraseAnswer, type AnswerValue } from './answer-phrases';
import { ProfileSchema, type Profile } from './profile-schema';
import { EFFECTS, RULES, type Effect, type When } from './rules';
import { VERDICTS, type Verdict } from './verdicts';

export const VERDICT_LABELS: Record<Verdict, string> = {
  'good-fit': 'Good fit for you',
  possible: 'Possible',
  'consult-first': 'Ask a provider first',
  'not-recommended': 'Not recommended',
};

/** The verdict each effect pushes towards; the strongest caution among them wins. */
const EFFECT_VERDICT: Record<Exclude<Effect, 'note'>, Verdict> = {
  fits: 'good-fit',
  limits: 'possible',
  'ask-first': 'consult-first',
  against: 'not-recommended',
};

export interface Reason {
  text: string;
  section: SectionId;
  effect: Effect;
  /** The person's own answers that set the reason off, said back to them ("you have osteoporosis"). */
  because: string;
  /** Public health sources, for reasons that do not come from the guide (red flags). */
  sources: Source[];
}

export interface TechniqueResult {
  technique: TechniqueId;
  verdict: Verdict;
  /** Strongest effect first; reasons that point the other way are kept. */
  reasons: Reason[];
}

export interface Assessment {
  seeDoctor: null | { message: string; redFlags: RedFlagId[]; sources: Source[] };
  /** All six techniques, best first. */
  results: TechniqueResult[];
}

export const SEE_DOCTOR_MESSAGE =
  'Please see a doctor before booking any massage. Something you ticked can be a sign of a problem that needs a medical check first.';

function matchedValues<K extends keyof Profile>(profile: Profile, field: K, wanted: unknown): AnswerValue<K>[] {
  const wants = (Array.isArray(wanted) ? wanted : [wanted]) as unknown[];
  const value = profile[field];
  const given = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as AnswerValue<K>[];
  return given.filter((v) => wants.includes(v));
}

/** The person's matching answers said back to them, or null when the rule does not apply. */
function explainMatch(profile: Profile, when: When): string | null {
  const phrases: string[] = [];
  for (const field of Object.keys(when) as (keyof Profile)[]) {
    const values = matchedValues(profile, field, when[field]);
    if (values.length === 0) return null;
    for (const value of values) phrases.push(phraseAnswer(field, value as never));
  }
  return phrases.join(' and ');
}

const verdictRank = (verdict: Verdict) => VERDICTS.indexOf(verdict);
const effectRank = (effect: Effect) => EFFECTS.indexOf(effect);

function decideVerdict(reasons: readonly Reason[]): Verdict {
  let verdict: Verdict | null = null;
  for (const { effect } of reasons) {
    if (effect === 'note') continue;
    const pushed = EFFECT_VERDICT[effect];
    if (verdict === null || verdictRank(pushed) > verdictRank(verdict)) verdict = pushed;
  }
  // Nothing the person told us speaks for or against it: the guide offers it for back pain in general.
  return verdict ?? 'possible';
}

function redFlagReasons(profile: Profile): Reason[] {
  return RED_FLAGS.filter((flag) => profile.redFlags.includes(flag.id as RedFlagId)).map((flag) => ({
    text: `Warning sign: ${flag.label.toLowerCase()}. See a doctor before booking any massage.`,
    // The guide's own advice is to share your current condition; the warning sign itself comes from the sources.
    section: 'medical-history',
    effect: 'ask-first',
    because: phraseAnswer('redFlags', flag.id as RedFlagId),
    sources: flag.sources,
  }));
}

function assessParsed(profile: Profile, technique: TechniqueId): TechniqueResult {
  const reasons: Reason[] = [];
  for (const rule of RULES) {
    if (rule.technique !== technique) continue;
    const because = explainMatch(profile, rule.when);
    if (because !== null)
      reasons.push({ text: rule.text, section: rule.section, effect: rule.effect, because, sources: [] });
  }
  let verdict = decideVerdict(reasons);
  const flags = redFlagReasons(profile);
  if (flags.length > 0) {
    reasons.push(...flags);
    // A warning sign caps every technique at "ask first"; a "not recommended" stays as it is.
    if (verdictRank(verdict) < verdictRank('consult-first')) verdict = 'consult-first';
  }
  reasons.sort((a, b) => effectRank(a.effect) - effectRank(b.effect));
  return { technique, verdict, reasons };
}

/** The verdict for one technique, e.g. for the card of a term a page mentions. Throws on an invalid profile. */
export function assessTechnique(profile: unknown, technique: TechniqueId): TechniqueResult {
  return assessParsed(ProfileSchema.parse(profile), technique);
}

const countFits = (result: TechniqueResult) => result.reasons.filter((r) => r.effect === 'fits').length;

/**
 * Every technique with its verdict, best first: by verdict, then by how many of the person's answers
 * speak for it, then in the guide's order. Throws a ZodError naming the field when the profile is invalid.
 */
export function assess(profile: unknown): Assessment {
  const parsed = ProfileSchema.parse(profile);
  const results = TECHNIQUE_IDS.map((technique) => assessParsed(parsed, technique));
  results.sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || countFits(b) - countFits(a));
  const flagged = RED_FLAGS.filter((flag) => parsed.redFlags.includes(flag.id as RedFlagId));
  const seeDoctor =
    flagged.length === 0
      ? null
      : {
          message: SEE_DOCTOR_MESSAGE,
          redFlags: flagged.map((flag) => flag.id as RedFlagId),
          sources: [...new Map(flagged.flatMap((flag) => flag.sources).map((s) => [s.url, s])).values()],
        };
  return { seeDoctor, results };
}

/** Which of the person's answers decided the verdict: "you told us you have osteoporosis". */
export function explainAnswers(result: TechniqueResult): string {
  const deciding = result.reasons.filter((r) => r.effect !== 'note' && EFFECT_VERDICT[r.effect] === result.verdict);
  if (deciding.length === 0) return 'nothing you told us speaks for or against it';
  const clauses = [...new Set(deciding.map((r) => r.because))].slice(0, 2);
  return `you told us ${clauses.join(' and ')}`;
}

/** One short sentence for a result: "Ask a provider first: you told us you have osteoporosis". */
export function explainVerdict(result: TechniqueResult): string {
  return `${VERDICT_LABELS[result.verdict]}: ${explainAnswers(result)}`;
}

import { TECHNIQUE_IDS, type SectionId, type Source, type TechniqueId } from '@/lib/guide';
import { phraseAnswer, type AnswerValue } from './answer-phrases';
import { PROFILE_NOTES } from './profile-notes';
import { ProfileSchema, type Profile } from './profile-schema';
import {
  EFFECTS,
  FIRM_TECHNIQUES,
  FIT_WEIGHTS,
  PRESSURE_RISK_CONDITIONS,
  RULES,
  type Effect,
  type Rule,
  type Strength,
  type When,
} from './rules';
import { decideGate, type SafetyGate } from './safety-gate';
import { VERDICT_LABELS } from './verdict-meanings';
import { VERDICTS, type Verdict } from './verdicts';

export interface Reason {
  text: string;
  /** The guide section it rests on; null for a safety reason, which names its public sources instead. */
  section: SectionId | null;
  effect: Effect;
  strength?: Strength;
  /** The person's own answers that set the reason off, said back to them ("you have osteoporosis"). */
  because: string;
  sources: Source[];
  /** True for the reasons that decided the verdict; they come first. */
  deciding: boolean;
}

export interface TechniqueResult {
  technique: TechniqueId;
  verdict: Verdict;
  /**
   * The sum of the weights of the rules that speak for it (FIT_WEIGHTS), capped or not; a pressure
   * preference adds nothing where a health condition caps the verdict.
   */
  score: number;
  /**
   * Firm or sustained pressure with a condition whose caution is about pressure: ranked below every
   * gentler technique of the same verdict, whatever its score.
   */
  pressureRisk: boolean;
  /** Deciding reasons first, then cautions, then the rest by weight. */
  reasons: Reason[];
}

export interface Assessment {
  gate: SafetyGate | null;
  /** All six techniques, best first; empty in an emergency, which has no verdicts at all. */
  results: TechniqueResult[];
  /** What the guide says about answers that decide no verdict, shown once. */
  notes: Array<Pick<Reason, 'text' | 'section' | 'because' | 'sources'>>;
}

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

/** The verdict a reason pushes towards, if any: `fits` decides only through the guide's own pointers. */
function pushes(reason: Pick<Reason, 'effect' | 'strength'>): Verdict | null {
  switch (reason.effect) {
    case 'against':
      return 'not-recommended';
    case 'ask-first':
      return 'consult-first';
    case 'limits':
      return 'possible';
    case 'fits':
      return reason.strength === 'points-to' ? 'good-fit' : null;
    case 'note':
      return null;
  }
}

/** The strongest caution wins; without one, a pointer from the guide makes a good fit; else possible. */
function decideVerdict(reasons: readonly Reason[]): Verdict {
  const pushed = reasons.map(pushes).filter((v) => v !== null);
  const worst = pushed.reduce<Verdict | null>((a, b) => (a === null || verdictRank(b) > verdictRank(a) ? b : a), null);
  return worst ?? 'possible';
}

function safetyReason(gate: SafetyGate): Reason {
  return {
    text: gate.reason,
    section: null,
    effect: 'ask-first',
    because: gate.signs.map((sign) => sign.because).join(' and '),
    sources: gate.sources,
    deciding: false,
  };
}

const weightOf = (reason: Reason) => (reason.effect === 'fits' && reason.strength ? FIT_WEIGHTS[reason.strength] : 0);

/** A rule that points elsewhere is moot when every technique it points to is itself not recommended. */
function isMoot(profile: Profile, rule: Rule, gate: SafetyGate | null): boolean {
  const elsewhere = rule.elsewhere ?? [];
  return (
    elsewhere.length > 0 &&
    elsewhere.every((technique) => assessParsed(profile, technique, gate).verdict === 'not-recommended')
  );
}

function assessParsed(profile: Profile, technique: TechniqueId, gate: SafetyGate | null): TechniqueResult {
  const reasons: Reason[] = [];
  let cappedByCondition = false;
  for (const rule of RULES) {
    if (rule.technique !== technique) continue;
    const because = explainMatch(profile, rule.when);
    if (because === null || isMoot(profile, rule, gate)) continue;
    const { text, section, effect, strength } = rule;
    const sources = [...(rule.sources ?? [])];
    reasons.push({ text, section, effect, ...(strength && { strength }), because, sources, deciding: false });
    if (rule.when.conditions && effect !== 'fits' && effect !== 'note') cappedByCondition = true;
  }
  if (gate) reasons.push(safetyReason(gate));
  const verdict = decideVerdict(reasons);
  for (const reason of reasons) reason.deciding = pushes(reason) === verdict;
  reasons.sort(
    (a, b) =>
      Number(b.deciding) - Number(a.deciding) ||
      EFFECTS.indexOf(a.effect) - EFFECTS.indexOf(b.effect) ||
      weightOf(b) - weightOf(a),
  );
  // A liking for firm pressure must not lift a technique that a condition holds back.
  const counts = (reason: Reason) => !(cappedByCondition && reason.strength === 'preference');
  const score = reasons.filter(counts).reduce((sum, reason) => sum + weightOf(reason), 0);
  const pressureRisk =
    FIRM_TECHNIQUES.includes(technique) && profile.conditions.some((c) => PRESSURE_RISK_CONDITIONS.includes(c));
  return { technique, verdict, score, pressureRisk, reasons };
}

/** The verdict for one technique, e.g. for the card of a term a page mentions. Throws on an invalid profile. */
export function assessTechnique(profile: unknown, technique: TechniqueId): TechniqueResult {
  const parsed = ProfileSchema.parse(profile);
  return assessParsed(parsed, technique, decideGate(parsed));
}

/**
 * Every technique with its verdict, best first: by verdict, then gentler before firm pressure where a
 * condition's caution is about pressure, then by the weight of what speaks for it (FIT_WEIGHTS), then
 * in the guide's order. In an emergency there are no verdicts, only the gate.
 * Throws a ZodError naming the field when the profile is invalid.
 */
export function assess(profile: unknown): Assessment {
  const parsed = ProfileSchema.parse(profile);
  const gate = decideGate(parsed);
  const notes = PROFILE_NOTES.flatMap(({ when, section, text, sources = [] }) => {
    const because = explainMatch(parsed, when);
    return because === null ? [] : [{ text, section, because, sources: [...sources] }];
  });
  if (gate?.tier === 'emergency') return { gate, results: [], notes };
  const results = TECHNIQUE_IDS.map((technique) => assessParsed(parsed, technique, gate));
  results.sort(
    (a, b) =>
      verdictRank(a.verdict) - verdictRank(b.verdict) ||
      Number(a.pressureRisk) - Number(b.pressureRisk) ||
      b.score - a.score,
  );
  return { gate, results, notes };
}

/** Which way the deciding reasons point, said at a glance on the folded line. */
const DIRECTIONS: Record<Verdict, string> = {
  'good-fit': 'why it suits you',
  possible: 'held back',
  'consult-first': 'ask first',
  'not-recommended': 'against it',
};

/** "The guide says…" → "the guide says…", but a name in capitals ("NCCIH says…") keeps them. */
const lowerFirst = (text: string) => (/^[A-Z]{2}/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

/** The deciding reason phrased as a reason, with the answers behind it, or null when nothing decided. */
function phraseDeciding(result: TechniqueResult): string | null {
  const deciding = result.reasons.filter((reason) => reason.deciding);
  const [first] = deciding;
  if (!first) return null;
  const clauses = [...new Set(deciding.map((r) => r.because))].slice(0, 2).join(' and ');
  if (result.verdict === 'good-fit') return clauses;
  return `${clauses}; ${lowerFirst(first.text.replace(/\.$/, ''))}`;
}

const NEITHER = 'the guide neither points to it for you nor warns against it';

/**
 * For the folded line beside the verdict: which way the deciding reason points, then the reason
 * ("held back: you prefer firm pressure; it stays light to moderate, so it may feel too gentle").
 */
export function explainAnswers(result: TechniqueResult): string {
  const phrase = phraseDeciding(result);
  return phrase === null ? NEITHER : `${DIRECTIONS[result.verdict]}: ${phrase}`;
}

/**
 * One sentence for a result where nothing else on screen says whose answers it rests on (a card):
 * "Ask a provider first: you told us you have osteoporosis; …".
 */
export function explainVerdict(result: TechniqueResult): string {
  const phrase = phraseDeciding(result);
  return `${VERDICT_LABELS[result.verdict]}: ${phrase === null ? NEITHER : `you told us ${phrase}`}`;
}

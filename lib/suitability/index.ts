export * from './profile-schema';
export { ANSWER_PHRASES, phraseAnswer } from './answer-phrases';
export { RULES, EFFECTS, type Effect, type Rule } from './rules';
export {
  assess,
  assessTechnique,
  explainVerdict,
  SEE_DOCTOR_MESSAGE,
  VERDICTS,
  VERDICT_LABELS,
  type Assessment,
  type Reason,
  type TechniqueResult,
  type Verdict,
} from './assess';

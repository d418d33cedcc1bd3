export * from './profile-schema';
export { phraseAnswer } from './answer-phrases';
export { RULES, FIT_WEIGHTS, type Effect, type Strength } from './rules';
export {
  assess,
  assessTechnique,
  explainAnswers,
  explainVerdict,
  type Assessment,
  type Reason,
  type TechniqueResult,
} from './assess';
export { decideGate, GATE_TEXTS, OTHER_SAFETY_SIGNS, type SafetyGate } from './safety-gate';
export { VERDICTS, SAFETY_TIERS, type SafetyTier, type Verdict } from './verdicts';
export { VERDICT_LABELS, VERDICT_MEANINGS } from './verdict-meanings';
export { QUESTION_GROUPS, REQUIRED_ANSWER_LABELS, type Question } from './questions';
export { summarizeProfile } from './summarize-profile';
export { announceAssessment } from './announce';
export { parseCheckerParams } from './checker-params';
export { mergePageTerms, summarizePageTerms, type PageState } from './page-terms';
export { decideServiceState, listMentionFirst, NOT_IN_GUIDE } from './service-state';
export { buildTherapistNote, fillChecklistQuestion } from './therapist-note';

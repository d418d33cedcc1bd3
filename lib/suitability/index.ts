export * from './profile-schema';
export { ANSWER_PHRASES, phraseAnswer } from './answer-phrases';
export { RULES, EFFECTS, FIT_WEIGHTS, type Effect, type Rule, type Strength } from './rules';
export {
  assess,
  assessTechnique,
  explainAnswers,
  explainVerdict,
  type Assessment,
  type Reason,
  type TechniqueResult,
} from './assess';
export {
  decideGate,
  GATE_TEXTS,
  listSafetySigns,
  OTHER_SAFETY_SIGNS,
  type SafetyGate,
  type SafetySign,
} from './safety-gate';
export { PROFILE_NOTES, type ProfileNote } from './profile-notes';
export { VERDICTS, SAFETY_TIERS, type SafetyTier, type Verdict } from './verdicts';
export { VERDICT_LABELS, VERDICT_MEANINGS } from './verdict-meanings';
export { QUESTION_GROUPS, REQUIRED_ANSWER_LABELS, type Question, type QuestionGroup, type Choice } from './questions';
export { summarizeProfile } from './summarize-profile';
export { announceAssessment } from './announce';
export { checkerPath, parseCheckerParams, type CheckerParams } from './checker-params';
export {
  mergePageTerms,
  summarizePageTerms,
  type PageService,
  type PageState,
  type PageTechnique,
  type PageTermSummary,
} from './page-terms';
export { decideServiceState, listMentionFirst, NOT_IN_GUIDE } from './service-state';
export { buildTherapistNote, fillChecklistQuestion, NOTE_TITLE } from './therapist-note';

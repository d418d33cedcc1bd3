export * from './profile-schema';
export { ANSWER_PHRASES, phraseAnswer } from './answer-phrases';
export { RULES, EFFECTS, type Effect, type Rule } from './rules';
export {
  assess,
  assessTechnique,
  explainAnswers,
  explainVerdict,
  SEE_DOCTOR_MESSAGE,
  VERDICT_LABELS,
  type Assessment,
  type Reason,
  type TechniqueResult,
} from './assess';
export { VERDICTS, type Verdict } from './verdicts';
export { QUESTION_GROUPS, REQUIRED_ANSWER_LABELS, type Question, type QuestionGroup, type Choice } from './questions';
export { parseCheckerParams, type CheckerParams } from './checker-params';
export { summarizePageTerms, type PageTechnique, type PageTermSummary } from './page-terms';

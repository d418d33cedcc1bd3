import { WARNING_SIGNS, type WarningSignId } from '@/lib/guide';
import { WARNING_SIGN_TIERS } from '@/lib/guide/warning-sign-ids';
import type { Profile, RequiredAnswer } from './profile-schema';
import type { AnswerValue } from './answer-phrases';

/** The checker's questions, grouped as the form shows them. Plain labels; the guide's terms in brackets. */

interface Choice<V> {
  value: V;
  label: string;
}

export type Question = {
  [K in keyof Profile]-?: {
    field: K;
    /** 'one': pick one (radio buttons); 'many': tick all that apply (checkboxes). */
    kind: 'one' | 'many';
    legend: string;
    hint?: string;
    /** For an optional pick-one question: the label of leaving it unanswered. */
    noneLabel?: string;
    choices: Choice<AnswerValue<K>>[];
  };
}[Exclude<keyof Profile, 'sensitiveMuscles'>];

export interface QuestionGroup {
  id: string;
  title: string;
  hint?: string;
  questions: Question[];
}

const signsOf = (tier: 'emergency' | 'see-doctor'): Choice<WarningSignId>[] =>
  WARNING_SIGNS.filter((flag) => WARNING_SIGN_TIERS[flag.id as WarningSignId] === tier).map((flag) => ({
    value: flag.id as WarningSignId,
    label: flag.label,
  }));

/** The four required questions come first, then the warning signs, then the optional rest. */
export const QUESTION_GROUPS: readonly QuestionGroup[] = [
  {
    id: 'pain',
    title: 'Your back pain',
    hint: 'These four are needed for a verdict.',
    questions: [
      {
        field: 'painLocation',
        kind: 'one',
        legend: 'Where does it hurt most?',
        choices: [
          { value: 'lower', label: 'Lower back' },
          { value: 'upper', label: 'Upper back' },
          { value: 'radiating-leg', label: 'Down a leg (sciatica-like)' },
        ],
      },
      {
        field: 'duration',
        kind: 'one',
        legend: 'How long have you had it?',
        hint: 'The guide puts no time on “recent”; 6 weeks is when NHS says sciatica usually gets better.',
        choices: [
          { value: 'acute', label: 'Less than 6 weeks (recent)' },
          { value: 'chronic', label: '6 weeks or more (long-lasting)' },
        ],
      },
      {
        field: 'severity',
        kind: 'one',
        legend: 'How strong is it?',
        choices: [
          { value: 'mild', label: 'Mild' },
          { value: 'moderate', label: 'Moderate' },
          { value: 'severe', label: 'Severe' },
        ],
      },
      {
        field: 'spread',
        kind: 'one',
        legend: 'Is it in one place?',
        choices: [
          { value: 'localized', label: 'One clear spot' },
          { value: 'widespread', label: 'Spread out' },
        ],
      },
    ],
  },
  {
    id: 'warning-signs',
    title: 'Warning signs',
    hint: 'Any of these with back pain means seeing a doctor before a massage.',
    questions: [
      {
        field: 'redFlags',
        kind: 'many',
        legend: 'Do you have any of these now?',
        hint: 'NHS lists these as reasons to call 999 or go to A&E; elsewhere, your local emergency number.',
        choices: signsOf('emergency'),
      },
      {
        field: 'redFlags',
        kind: 'many',
        legend: 'Or any of these?',
        choices: signsOf('see-doctor'),
      },
    ],
  },
  {
    id: 'background',
    title: 'Causes and health',
    hint: 'Tick any that apply; leave blank if none do.',
    questions: [
      {
        field: 'causes',
        kind: 'many',
        legend: 'What may be behind it?',
        choices: [
          { value: 'muscle-tension', label: 'Tight, tense muscles' },
          { value: 'muscle-strain', label: 'Strained muscle' },
          { value: 'trigger-points', label: 'Knots in a muscle (trigger points)' },
          { value: 'ligament-sprain', label: 'Sprained ligament' },
          { value: 'herniated-disc', label: 'Herniated disc' },
          { value: 'poor-posture', label: 'Posture' },
          { value: 'stress', label: 'Stress' },
          { value: 'unknown', label: 'Not sure' },
        ],
      },
      {
        field: 'injuryOnset',
        kind: 'one',
        legend: 'If a strain or sprain is behind it, when did it happen?',
        hint: 'NHS advice on massage differs for the first couple of days.',
        noneLabel: 'No strain or sprain, or not sure',
        choices: [
          { value: 'last-two-days', label: 'In the last 2 days' },
          { value: 'earlier', label: 'More than 2 days ago' },
        ],
      },
      {
        field: 'conditions',
        kind: 'many',
        legend: 'Do you have any of these?',
        choices: [
          { value: 'blood-clotting-disorder', label: 'Blood clotting or bleeding disorder' },
          { value: 'blood-thinners', label: 'I take blood thinners (anticoagulants such as warfarin)' },
          { value: 'osteoporosis', label: 'Osteoporosis (fragile bones)' },
          { value: 'fibromyalgia', label: 'Fibromyalgia' },
          { value: 'rheumatoid-arthritis', label: 'Rheumatoid arthritis' },
          { value: 'pregnancy', label: 'I am pregnant' },
          { value: 'recent-surgery', label: 'I have had surgery recently' },
        ],
      },
    ],
  },
  {
    id: 'wishes',
    title: 'What you want',
    questions: [
      {
        field: 'goals',
        kind: 'many',
        legend: 'What do you hope for?',
        choices: [
          { value: 'pain-relief', label: 'Less pain' },
          { value: 'relaxation', label: 'Relaxation' },
          { value: 'stress-relief', label: 'Less stress' },
          { value: 'flexibility', label: 'More flexibility' },
        ],
      },
      {
        field: 'pressure',
        kind: 'one',
        legend: 'Pressure you like',
        hint: 'Optional.',
        choices: [
          { value: 'light', label: 'Light' },
          { value: 'moderate', label: 'Moderate' },
          { value: 'firm', label: 'Firm' },
        ],
      },
    ],
  },
];

/** Short names of the required questions, for "still to answer: …". */
export const REQUIRED_ANSWER_LABELS = {
  painLocation: 'where it hurts',
  duration: 'how long',
  severity: 'how strong',
  spread: 'one place or spread out',
} as const satisfies Record<RequiredAnswer, string>;

import { CHECKLIST } from '@/lib/guide/checklist';
import { phraseAnswer } from './answer-phrases';
import type { Profile } from './profile-schema';

/**
 * A note for the massage therapist, built from the checker's answers: plain first-person sentences
 * the person reads and edits before they paste or insert it anywhere. It follows the guide's advice
 * on preparing for a massage: where it hurts and for how long, health history and medicines, goals,
 * and speaking up about pressure; then the guide's questions worth asking (lib/guide/checklist.ts).
 */

const WHERE = {
  lower: 'My pain is mostly in my lower back',
  upper: 'My pain is mostly in my upper back',
  'radiating-leg': 'My pain runs down one of my legs',
} as const;
const HOW_LONG = {
  acute: 'it started less than 6 weeks ago',
  chronic: 'I have had it for 6 weeks or more',
} as const;
const SPREAD = { localized: 'sits in one area', widespread: 'is spread over a wide area' } as const;
const CAUSES = {
  'muscle-tension': 'tense or tight muscles',
  'muscle-strain': 'a strained muscle',
  'trigger-points': 'a muscle knot or trigger point',
  'ligament-sprain': 'a sprained ligament',
  'herniated-disc': 'a herniated disc',
  'poor-posture': 'my posture',
  stress: 'stress',
} as const;
const GOALS = {
  'pain-relief': 'less pain',
  relaxation: 'to relax',
  'stress-relief': 'less stress',
  flexibility: 'more flexibility',
} as const;

/** Causes said in the plural ("tense or tight muscles play a part"). */
const PLURAL_CAUSES: ReadonlySet<string> = new Set(['muscle-tension']);

/** The checklist's questions a person asks a therapist (not the ones for friends, nor those the note already answers). */
const QUESTIONS_TO_ASK = ['back-pain-experience', 'credentials'];

/** "a, b and c" */
export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The checker's second-person phrases ("you have a high temperature") as the person would say them. */
export function toFirstPerson(phrase: string): string {
  return phrase
    .replace(/\byou are\b/g, 'I am')
    .replace(/\byou have\b/g, 'I have')
    .replace(/\byour\b/g, 'my')
    .replace(/\byou\b/g, 'I');
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const NOTE_TITLE = 'Note for my massage therapist';
export const MEDICINES_LINE = 'Medicines I take: (add them here, or delete this line).';

/** Where the pain is, as the checklist's "The pain is mostly in my [area]" goes on. */
const AREA = { lower: 'lower back', upper: 'upper back', 'radiating-leg': 'back and down one leg' } as const;
const AREA_BLANK = '[area]';
const GOALS_BLANK = '[less pain / more flexibility / relaxation]';
/** The goals as the blank lists them: things one can have, where the note says what one hopes for. */
const GOAL_NOUNS = {
  'pain-relief': 'less pain',
  relaxation: 'relaxation',
  'stress-relief': 'less stress',
  flexibility: 'more flexibility',
} as const;

/**
 * A checklist question with the blanks the person has already answered in the checker filled in; the
 * blanks stay where the answers are missing, so the question never guesses.
 */
export function fillChecklistQuestion(question: string, profile: Profile | null): string {
  if (!profile) return question;
  const goals = profile.goals.map((goal) => GOAL_NOUNS[goal]);
  return question
    .replace(AREA_BLANK, AREA[profile.painLocation])
    .replace(GOALS_BLANK, goals.length > 0 ? joinAnd(goals) : GOALS_BLANK);
}

export function buildTherapistNote(profile: Profile): string {
  const known = profile.causes.flatMap((cause) => (cause === 'unknown' ? [] : [cause]));
  const causes = known.map((cause) => CAUSES[cause]);
  const signs = profile.redFlags.map((flag) => toFirstPerson(phraseAnswer('redFlags', flag)));
  const questions = CHECKLIST.filter((item) => QUESTIONS_TO_ASK.includes(item.id)).map((item) => `- ${item.question}`);
  const lines = [
    NOTE_TITLE,
    `${WHERE[profile.painLocation]}, and ${HOW_LONG[profile.duration]}. It is ${profile.severity} and ${SPREAD[profile.spread]}.`,
    causes.length > 0
      ? `I think ${joinAnd(causes)} ${causes.length === 1 && !PLURAL_CAUSES.has(known[0]!) ? 'plays' : 'play'} a part.`
      : profile.causes.includes('unknown')
        ? 'I do not know what started it.'
        : null,
    profile.conditions.length > 0
      ? `About my health: ${joinAnd(profile.conditions.map((condition) => toFirstPerson(phraseAnswer('conditions', condition))))}.`
      : null,
    profile.injuryOnset ? `${capitalize(toFirstPerson(phraseAnswer('injuryOnset', profile.injuryOnset)))}.` : null,
    MEDICINES_LINE,
    signs.length > 0 ? `I also need to mention that ${joinAnd(signs)}.` : null,
    profile.sensitiveMuscles ? 'My muscles are sensitive or tender.' : null,
    profile.pressure
      ? `I prefer ${profile.pressure} pressure, and I will tell you if it is too much or too little.`
      : 'I will tell you if the pressure is too much or too little.',
    profile.goals.length > 0 ? `What I hope for: ${joinAnd(profile.goals.map((goal) => GOALS[goal]))}.` : null,
    'Questions I would like to ask:',
    ...questions,
  ];
  return lines.filter((line): line is string => line !== null).join('\n');
}

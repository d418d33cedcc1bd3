import type { Profile } from './profile-schema';

/** Each element of an answer; arrays are "tick all that apply" lists. */
export type AnswerValue<K extends keyof Profile> = Profile[K] extends readonly (infer U)[]
  ? U
  : Exclude<Profile[K], undefined>;

/**
 * How each answer is said back to the person, after "you told us": "Ask a provider first: you told us
 * you have osteoporosis". Kept apart from the rules so every rule reads as one line.
 */
const ANSWER_PHRASES: { [K in keyof Profile]: Record<`${AnswerValue<K> & (string | boolean)}`, string> } = {
  painLocation: {
    lower: 'your pain is in the lower back',
    upper: 'your pain is in the upper back',
    'radiating-leg': 'your pain runs down a leg',
  },
  duration: {
    acute: 'your pain is recent (under 6 weeks)',
    chronic: 'your pain is long-lasting (6 weeks or more)',
  },
  severity: { mild: 'your pain is mild', moderate: 'your pain is moderate', severe: 'your pain is severe' },
  spread: { localized: 'your pain sits in one area', widespread: 'your pain is widespread' },
  causes: {
    'muscle-tension': 'tense or tight muscles play a part',
    'muscle-strain': 'a strained muscle plays a part',
    'trigger-points': 'knots in the muscle (trigger points) play a part',
    'ligament-sprain': 'a sprained ligament plays a part',
    'herniated-disc': 'a herniated disc plays a part',
    'poor-posture': 'posture plays a part',
    stress: 'stress plays a part',
    unknown: 'the cause is not known',
  },
  conditions: {
    'blood-clotting-disorder': 'you have a blood clotting or bleeding disorder',
    'blood-thinners': 'you take blood thinners',
    osteoporosis: 'you have osteoporosis',
    fibromyalgia: 'you have fibromyalgia',
    'rheumatoid-arthritis': 'you have rheumatoid arthritis',
    pregnancy: 'you are pregnant',
    'recent-surgery': 'you have had surgery recently',
  },
  redFlags: {
    'leg-weakness': 'you have pain, tingling, weakness or numbness in both legs',
    'saddle-numbness': 'you have numbness around your genitals or bottom',
    'bladder-or-bowel-changes': 'your bladder or bowels have changed',
    'chest-pain': 'you have chest pain',
    'recent-trauma': 'the pain started after a serious accident',
    fever: 'you have a high temperature',
    'unexplained-weight-loss': 'you are losing weight without trying',
    'back-shape-change': 'your back has a lump or has changed shape',
    'night-pain': 'the pain does not ease with rest or is worse at night',
    'worsening-pain': 'the pain keeps getting worse',
    'between-shoulder-blades': 'the pain is high in your back, between the shoulder blades',
    'worse-coughing-sneezing': 'coughing, sneezing or having a poo makes the pain worse',
    'cancer-history': 'you have had cancer',
  },
  sensitiveMuscles: { true: 'your muscles are sensitive or tender', false: 'your muscles are not especially tender' },
  pressure: {
    light: 'you prefer light pressure',
    moderate: 'you prefer moderate pressure',
    firm: 'you prefer firm pressure',
  },
  injuryOnset: {
    'last-two-days': 'the strain or sprain happened in the last 2 days',
    earlier: 'the strain or sprain happened more than 2 days ago',
  },
  goals: {
    'pain-relief': 'you want pain relief',
    relaxation: 'you want to relax',
    'stress-relief': 'you want stress relief',
    flexibility: 'you want more flexibility',
  },
};

export function phraseAnswer<K extends keyof Profile>(field: K, value: AnswerValue<K>): string {
  return (ANSWER_PHRASES[field] as Record<string, string>)[String(value)] ?? String(value);
}

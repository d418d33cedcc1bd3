import type { WarningSign, Source } from './schema';
import { EU_112, NHS_BACK_PAIN, NHS_GCARE_SPINAL_RED_FLAGS, NHS_SCIATICA, US_911 } from './sources';

/**
 * Every emergency line reads for any country: the local emergency number first, with the numbers the
 * cited services give as examples (NHS: 999; the US National 911 Program: 911; the European
 * Commission: 112 across the EU). Cite NHS_BACK_PAIN, US_911 and EU_112 wherever this is shown.
 */
export const EMERGENCY_NUMBERS = 'Elsewhere, call your local emergency number: 911 in the US, 112 across the EU.';

export const SAFETY_NOTE: { text: string; sources: Source[] } = {
  text: 'Relief Lens explains terms and sums up a guide to massage for back pain. It is not medical advice and cannot diagnose anything. If your pain is severe or getting worse, or comes with any of the warning signs below, see a doctor before booking a massage.',
  sources: [NHS_BACK_PAIN, NHS_SCIATICA],
};

const EMERGENCY = `NHS: with back pain, call 999 or go to A&E. ${EMERGENCY_NUMBERS}`;
const URGENT = 'NHS: with back pain, ask for an urgent GP appointment or call 111.';

/**
 * Warning signs alongside back pain that call for a doctor before any massage, in the order of
 * WARNING_SIGN_IDS; WARNING_SIGN_TIERS (warning-sign-ids.ts) says which of them are emergencies.
 */
export const WARNING_SIGNS: readonly WarningSign[] = [
  {
    id: 'leg-weakness',
    label: 'Pain, tingling, weakness or numbness in both legs',
    explanation: `${EMERGENCY} The sciatica page says the same for weakness or numbness in both legs that is severe or getting worse.`,
    sources: [NHS_BACK_PAIN, NHS_SCIATICA, US_911, EU_112],
  },
  {
    id: 'saddle-numbness',
    label: 'Numbness or tingling around your genitals or bottom',
    explanation: EMERGENCY,
    sources: [NHS_BACK_PAIN, NHS_SCIATICA, US_911, EU_112],
  },
  {
    id: 'bladder-or-bowel-changes',
    label: 'Trouble peeing, or losing control of your bladder or bowels',
    explanation: EMERGENCY,
    sources: [NHS_BACK_PAIN, NHS_SCIATICA, US_911, EU_112],
  },
  {
    id: 'chest-pain',
    label: 'Chest pain',
    explanation: EMERGENCY,
    sources: [NHS_BACK_PAIN, US_911, EU_112],
  },
  {
    id: 'recent-trauma',
    label: 'Pain that started after a serious accident, such as a car crash',
    explanation: EMERGENCY,
    sources: [NHS_BACK_PAIN, US_911, EU_112],
  },
  {
    id: 'fever',
    label: 'A high temperature',
    explanation: URGENT,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'unexplained-weight-loss',
    label: 'Losing weight without trying',
    explanation: URGENT,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'back-shape-change',
    label: 'A lump or swelling in your back, or a change in its shape',
    explanation: URGENT,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'night-pain',
    label: 'Pain that does not ease with rest, or is worse at night',
    explanation: URGENT,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'worsening-pain',
    label: 'Pain that keeps getting worse',
    explanation: 'NHS: see a GP if back pain or sciatica is getting worse.',
    sources: [NHS_BACK_PAIN, NHS_SCIATICA],
  },
  {
    id: 'between-shoulder-blades',
    label: 'Pain high in your back, between the shoulder blades, rather than low down',
    explanation: URGENT,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'worse-coughing-sneezing',
    label: 'Pain made worse by coughing, sneezing or having a poo',
    explanation: URGENT,
    sources: [NHS_BACK_PAIN],
  },
  {
    id: 'cancer-history',
    label: 'Having had cancer',
    explanation:
      'NHS guidance for GPs lists a past cancer among the warning signs with back pain that a doctor should check.',
    sources: [NHS_GCARE_SPINAL_RED_FLAGS],
  },
];

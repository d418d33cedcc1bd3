import type { Note } from '@/lib/guide/schema';
import { EU_112, NHS_BACK_PAIN, NHS_SPRAINS_AND_STRAINS, NICE_LOW_BACK_PAIN, US_911 } from '@/lib/guide/sources';

/** The emergency line for any country: the local number, with the examples the cited services give. */
export const EMERGENCY_CALL =
  'call your local emergency number (999 or A&E in the UK, 911 in the US, 112 across the EU)';

/** Outside facts that more than one entry's card shows, written once so they read alike everywhere. */

export const URGENT_SIGNS_NOTE: Note = {
  text: `With back pain, numbness around the genitals or bottom, weakness or numbness in both legs, or trouble peeing needs urgent medical help, not a massage: ${EMERGENCY_CALL}.`,
  sources: [NHS_BACK_PAIN, US_911, EU_112],
};

export const FRESH_INJURY_NOTE: Note = {
  text: 'For the first couple of days after a strain or sprain, NHS advice is to keep away from heat, alcohol and massage, to help keep the swelling down.',
  sources: [NHS_SPRAINS_AND_STRAINS],
};

export const MASSAGE_WITH_EXERCISE_NOTE: Note = {
  text: 'NICE suggests massage for low back pain only as part of a treatment plan that includes exercise, not on its own.',
  sources: [NICE_LOW_BACK_PAIN],
};

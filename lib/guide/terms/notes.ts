import type { Note } from '@/lib/guide/schema';
import { NHS_BACK_PAIN, NHS_SPRAINS_AND_STRAINS, NICE_LOW_BACK_PAIN } from '@/lib/guide/sources';

/** Outside facts that more than one entry's card shows, written once so they read alike everywhere. */

export const URGENT_SIGNS_NOTE: Note = {
  text: 'With back pain, numbness around the genitals or bottom, weakness or numbness in both legs, or trouble peeing needs urgent medical help, not a massage.',
  sources: [NHS_BACK_PAIN],
};

export const FRESH_INJURY_NOTE: Note = {
  text: 'For the first couple of days after a strain or sprain, keep away from heat, alcohol and massage, to help keep the swelling down.',
  sources: [NHS_SPRAINS_AND_STRAINS],
};

export const MASSAGE_WITH_EXERCISE_NOTE: Note = {
  text: 'NICE suggests massage for low back pain only as part of a treatment plan that includes exercise, not on its own.',
  sources: [NICE_LOW_BACK_PAIN],
};

/** The warning signs the suitability checker asks about; `WARNING_SIGNS` in safety.ts holds one entry per id. */
export const WARNING_SIGN_IDS = [
  'leg-weakness',
  'saddle-numbness',
  'bladder-or-bowel-changes',
  'chest-pain',
  'recent-trauma',
  'fever',
  'unexplained-weight-loss',
  'back-shape-change',
  'night-pain',
  'worsening-pain',
  'between-shoulder-blades',
  'worse-coughing-sneezing',
  'cancer-history',
] as const;
export type WarningSignId = (typeof WARNING_SIGN_IDS)[number];

/**
 * How urgent each sign is, as the NHS back pain and sciatica pages sort them: `emergency` signs are
 * the ones they say to call 999 or go to A&E for; `see-doctor` signs the ones for an urgent GP
 * appointment or NHS 111, or (pain getting worse) a GP visit. A past cancer is among the warning signs
 * for spinal conditions in NHS Gloucestershire's pathway for GPs.
 */
export const WARNING_SIGN_TIERS: Record<WarningSignId, 'emergency' | 'see-doctor'> = {
  'leg-weakness': 'emergency',
  'saddle-numbness': 'emergency',
  'bladder-or-bowel-changes': 'emergency',
  'chest-pain': 'emergency',
  'recent-trauma': 'emergency',
  fever: 'see-doctor',
  'unexplained-weight-loss': 'see-doctor',
  'back-shape-change': 'see-doctor',
  'night-pain': 'see-doctor',
  'worsening-pain': 'see-doctor',
  'between-shoulder-blades': 'see-doctor',
  'worse-coughing-sneezing': 'see-doctor',
  'cancer-history': 'see-doctor',
};

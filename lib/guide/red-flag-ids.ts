/** The red flags the suitability checker asks about; `RED_FLAGS` in safety.ts holds one entry per id. */
export const RED_FLAG_IDS = [
  'fever',
  'bladder-or-bowel-changes',
  'saddle-numbness',
  'leg-weakness',
  'recent-trauma',
  'unexplained-weight-loss',
  'cancer-history',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

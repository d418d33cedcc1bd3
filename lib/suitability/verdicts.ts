/** The four verdicts, best first. Their own module, free of rules and zod: the card protocol names them too. */
export const VERDICTS = ['good-fit', 'possible', 'consult-first', 'not-recommended'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The safety gate's tiers, most urgent first (see safety-gate.ts). */
export const SAFETY_TIERS = ['emergency', 'see-doctor', 'new-injury'] as const;
export type SafetyTier = (typeof SAFETY_TIERS)[number];

/** The four verdicts, best first. Their own module, free of rules and zod: the card protocol names them too. */
export const VERDICTS = ['good-fit', 'possible', 'consult-first', 'not-recommended'] as const;
export type Verdict = (typeof VERDICTS)[number];

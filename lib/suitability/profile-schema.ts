import * as z from 'zod/mini';
import { WARNING_SIGN_IDS } from '@/lib/guide/warning-sign-ids';

/** The answers a person gives about their back pain. Stored values use these names: renaming one needs a migration. */

export const PAIN_LOCATIONS = ['lower', 'upper', 'radiating-leg'] as const;
export const DURATIONS = ['acute', 'chronic'] as const;
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export const SPREADS = ['localized', 'widespread'] as const;
const CAUSES = [
  'muscle-tension',
  'muscle-strain',
  'trigger-points',
  'ligament-sprain',
  'herniated-disc',
  'poor-posture',
  'stress',
  'unknown',
] as const;
export const CONDITIONS = [
  'blood-clotting-disorder',
  'blood-thinners',
  'osteoporosis',
  'fibromyalgia',
  'rheumatoid-arthritis',
  'pregnancy',
  'recent-surgery',
] as const;
const GOALS = ['pain-relief', 'relaxation', 'stress-relief', 'flexibility'] as const;
export const PRESSURE_PREFERENCES = ['light', 'moderate', 'firm'] as const;
/** When a strain or sprain happened: NHS advice on massage changes after the first couple of days. */
export const INJURY_ONSETS = ['last-two-days', 'earlier'] as const;

/** Arrays are answers to "tick all that apply": repeats are harmless but never expected. */
const picks = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values));

const fields = {
  painLocation: z.enum(PAIN_LOCATIONS),
  duration: z.enum(DURATIONS),
  severity: z.enum(SEVERITIES),
  spread: z.enum(SPREADS),
  causes: z._default(picks(CAUSES), []),
  conditions: picks(CONDITIONS),
  redFlags: z._default(picks(WARNING_SIGN_IDS), []),
  sensitiveMuscles: z.optional(z.boolean()),
  pressure: z.optional(z.enum(PRESSURE_PREFERENCES)),
  injuryOnset: z.optional(z.enum(INJURY_ONSETS)),
  goals: picks(GOALS),
};

export const ProfileSchema = z.strictObject(fields);
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

/** What the form holds while the person is still answering: every field may be missing. */
export const ProfileDraftSchema = z.strictObject({
  painLocation: z.optional(fields.painLocation),
  duration: z.optional(fields.duration),
  severity: z.optional(fields.severity),
  spread: z.optional(fields.spread),
  causes: z.optional(picks(CAUSES)),
  conditions: z.optional(picks(CONDITIONS)),
  redFlags: z.optional(picks(WARNING_SIGN_IDS)),
  sensitiveMuscles: fields.sensitiveMuscles,
  pressure: fields.pressure,
  injuryOnset: fields.injuryOnset,
  goals: z.optional(picks(GOALS)),
});
export type ProfileDraft = z.infer<typeof ProfileDraftSchema>;

/** The questions without which no verdict can be given; the tick-all-that-apply lists may stay empty. */
export const REQUIRED_ANSWERS = ['painLocation', 'duration', 'severity', 'spread'] as const;
export type RequiredAnswer = (typeof REQUIRED_ANSWERS)[number];

export function listMissingAnswers(draft: ProfileDraft): RequiredAnswer[] {
  return REQUIRED_ANSWERS.filter((field) => draft[field] === undefined);
}

/** The full profile once the required questions are answered, else null. */
export function completeProfile(draft: ProfileDraft): Profile | null {
  const result = ProfileSchema.safeParse({ conditions: [], goals: [], ...draft });
  return result.success ? result.data : null;
}

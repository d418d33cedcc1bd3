import { phraseAnswer } from './answer-phrases';
import type { Profile } from './profile-schema';
import { listSafetySigns } from './safety-gate';

/**
 * A service the guide does not cover gets no verdict: its own state, "Not in the guide", never a
 * rating. The safety gate still comes first: in an emergency nothing is rated, not even this.
 */
export const NOT_IN_GUIDE = {
  label: 'Not in the guide',
  meaning: 'The guide does not cover this service, so the checker gives it no verdict. Ask the therapist about it.',
} as const;

/** The state a service shows for this profile: null with no profile, or when an emergency sign leaves no room for any. */
export function decideServiceState(profile: Profile | null): 'not-in-guide' | null {
  if (!profile) return 'not-in-guide';
  return listSafetySigns(profile).some((sign) => sign.tier === 'emergency') ? null : 'not-in-guide';
}

/**
 * What in the profile a therapist must hear before any service, most urgent first: warning signs,
 * conditions, tender muscles, the pressure the person likes. Said to the reader ("you have osteoporosis").
 */
export function listMentionFirst(profile: Profile): string[] {
  return [
    ...listSafetySigns(profile).map((sign) => sign.because),
    ...profile.conditions.map((condition) => phraseAnswer('conditions', condition)),
    ...(profile.sensitiveMuscles ? [phraseAnswer('sensitiveMuscles', true)] : []),
    ...(profile.pressure ? [phraseAnswer('pressure', profile.pressure)] : []),
  ];
}

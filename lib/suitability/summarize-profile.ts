import type { Profile } from './profile-schema';

const LOCATION = { lower: 'Lower back', upper: 'Upper back', 'radiating-leg': 'Down a leg' } as const;
const DURATION = { acute: 'under 6 weeks', chronic: '6 weeks or more' } as const;
const SPREAD = { localized: 'one spot', widespread: 'spread out' } as const;

/** The profile in one line, for the folded answers: "Lower back, 6 weeks or more, moderate, one spot; 3 more answers". */
export function summarizeProfile(profile: Profile): string {
  const main = [LOCATION[profile.painLocation], DURATION[profile.duration], profile.severity, SPREAD[profile.spread]];
  const more =
    profile.causes.length +
    profile.conditions.length +
    profile.redFlags.length +
    profile.goals.length +
    (profile.pressure ? 1 : 0) +
    (profile.injuryOnset ? 1 : 0) +
    (profile.sensitiveMuscles ? 1 : 0);
  const rest = more === 0 ? '' : `; ${more} more ${more === 1 ? 'answer' : 'answers'}`;
  return `${main.join(', ')}${rest}`;
}

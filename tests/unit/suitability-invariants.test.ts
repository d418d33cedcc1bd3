import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS } from '@/lib/guide';
import { RED_FLAG_TIERS } from '@/lib/guide/red-flag-ids';
import {
  assess,
  CONDITIONS,
  DURATIONS,
  PAIN_LOCATIONS,
  PRESSURE_PREFERENCES,
  SEVERITIES,
  SPREADS,
  type Profile,
} from '@/lib/suitability';

/**
 * Every combination of the required answers × no or one condition × no or one warning sign × each
 * pressure preference (or none), each with and without tense muscles as a cause: 17,280 profiles.
 */
function* everyProfile(): Generator<Profile> {
  for (const painLocation of PAIN_LOCATIONS)
    for (const duration of DURATIONS)
      for (const severity of SEVERITIES)
        for (const spread of SPREADS)
          for (const conditions of [[], ...CONDITIONS.map((c) => [c])])
            for (const redFlags of [[], ...RED_FLAG_IDS.map((f) => [f])])
              for (const pressure of [undefined, ...PRESSURE_PREFERENCES])
                for (const causes of [[], ['muscle-tension' as const]])
                  yield { painLocation, duration, severity, spread, causes, conditions, redFlags, goals: [], pressure };
}

/** The conditions each technique's own section names; for the rest the guide is silent. */
const NAMED: Record<string, readonly string[]> = {
  'deep-tissue': ['blood-clotting-disorder', 'osteoporosis'],
  'trigger-point': ['fibromyalgia', 'rheumatoid-arthritis'],
};

describe('the invariants of the verdicts, over every combination', () => {
  const profiles = [...everyProfile()];

  it('covers them all', () => {
    expect(profiles).toHaveLength(3 * 2 * 3 * 2 * 5 * 12 * 4 * 2);
  });

  it('holds for each profile', () => {
    const failures: string[] = [];
    const fail = (profile: Profile, what: string) =>
      failures.length < 20 && failures.push(`${what}: ${JSON.stringify(profile)}`);
    for (const profile of profiles) {
      const { gate, results } = assess(profile);
      const emergency = profile.redFlags.some((f) => RED_FLAG_TIERS[f] === 'emergency');
      if (emergency !== (gate?.tier === 'emergency')) fail(profile, 'emergency tier');
      if (emergency && results.length > 0) fail(profile, 'an emergency shows verdicts');
      if (!emergency && results.length !== 6) fail(profile, 'six verdicts');

      const good = results.filter((r) => r.verdict === 'good-fit');
      if ((profile.redFlags.length > 0 || profile.severity === 'severe') && good.length > 0)
        fail(profile, 'a warning sign or severe pain with a good fit');
      const [condition] = profile.conditions;
      if (condition && good.some((r) => !NAMED[r.technique]?.includes(condition)))
        fail(profile, 'a guide-silent technique is a good fit with a condition');
      if (good.length > 3) fail(profile, 'more than three good fits');

      for (const result of results) {
        const deciding = result.reasons.filter((r) => r.deciding);
        if (result.reasons.findIndex((r) => !r.deciding) < deciding.length && deciding.length < result.reasons.length)
          fail(profile, `${result.technique}: a deciding reason after another`);
        if (result.verdict !== 'good-fit' && deciding.some((r) => r.effect === 'fits'))
          fail(profile, `${result.technique}: a reason in favour decides a capped verdict`);
        if (result.verdict === 'good-fit' && !deciding.some((r) => r.strength === 'points-to'))
          fail(profile, `${result.technique}: a good fit the guide does not point to`);
      }

      // The guide's picks for chronic tension and for pain in one area lead whenever they are good fits.
      const top = results.slice(0, 2).map((r) => r.technique);
      const isGood = (t: string) => good.some((r) => r.technique === t);
      const tension = profile.causes.includes('muscle-tension');
      if (tension && profile.duration === 'chronic' && isGood('deep-tissue') && !top.includes('deep-tissue'))
        fail(profile, 'deep tissue is not first for chronic tension');
      if (tension && profile.spread === 'localized' && isGood('trigger-point') && !top.includes('trigger-point'))
        fail(profile, 'trigger point is not first for pain in one area');

      const everyday =
        profile.redFlags.length === 0 &&
        profile.conditions.length === 0 &&
        profile.severity !== 'severe' &&
        profile.pressure !== 'firm';
      if (everyday && good.length === 0) fail(profile, 'an everyday profile with no good fit');
    }
    expect(failures).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { WARNING_SIGN_IDS } from '@/lib/guide';
import { WARNING_SIGN_TIERS } from '@/lib/guide/warning-sign-ids';
import {
  assess,
  CONDITIONS,
  DURATIONS,
  INJURY_ONSETS,
  PAIN_LOCATIONS,
  PRESSURE_PREFERENCES,
  SEVERITIES,
  SPREADS,
  type Profile,
} from '@/lib/suitability';

/**
 * Every combination of the required answers × no or one condition × no or one warning sign × each
 * pressure preference (or none), each with and without tense muscles as a cause: 64,512 profiles.
 */
function* everyProfile(): Generator<Profile> {
  for (const painLocation of PAIN_LOCATIONS)
    for (const duration of DURATIONS)
      for (const severity of SEVERITIES)
        for (const spread of SPREADS)
          for (const conditions of [[], ...CONDITIONS.map((c) => [c])])
            for (const redFlags of [[], ...WARNING_SIGN_IDS.map((f) => [f])])
              for (const pressure of [undefined, ...PRESSURE_PREFERENCES])
                for (const causes of [[], ['muscle-tension' as const]])
                  yield { painLocation, duration, severity, spread, causes, conditions, redFlags, goals: [], pressure };
}

/** Written out apart from the rules: where the caution is about pressure, and which techniques press firmly. */
const PRESSURE_RISK = ['blood-clotting-disorder', 'blood-thinners', 'osteoporosis'];
const FIRM = ['deep-tissue', 'trigger-point'];
/** No source we cite speaks to massage after recent surgery. */
const GUIDE_SILENT = ['recent-surgery'];
const CAPPED = new Set(['consult-first', 'not-recommended']);

describe('the invariants of the verdicts, over every combination', () => {
  const profiles = [...everyProfile()];

  it('covers them all', () => {
    expect(profiles).toHaveLength(3 * 2 * 3 * 2 * 8 * 14 * 4 * 2);
  });

  it('holds for each profile', () => {
    const failures: string[] = [];
    const fail = (profile: Profile, what: string) =>
      failures.length < 20 && failures.push(`${what}: ${JSON.stringify(profile)}`);
    for (const profile of profiles) {
      const { gate, results } = assess(profile);
      const emergency = profile.redFlags.some((f) => WARNING_SIGN_TIERS[f] === 'emergency');
      if (emergency !== (gate?.tier === 'emergency')) fail(profile, 'emergency tier');
      if (emergency && results.length > 0) fail(profile, 'an emergency shows verdicts');
      if (!emergency && results.length !== 6) fail(profile, 'six verdicts');

      const good = results.filter((r) => r.verdict === 'good-fit');
      if ((profile.redFlags.length > 0 || profile.severity === 'severe') && good.length > 0)
        fail(profile, 'a warning sign or severe pain with a good fit');
      const seeDoctor = profile.redFlags.some((f) => WARNING_SIGN_TIERS[f] === 'see-doctor');
      if (seeDoctor && results.some((r) => !CAPPED.has(r.verdict)))
        fail(profile, 'a see-doctor sign with a verdict above "ask a provider first"');
      const [condition] = profile.conditions;
      if (condition && good.length > 0) fail(profile, 'a good fit with a condition no technique section clears');
      if (condition && GUIDE_SILENT.includes(condition) && good.length > 0)
        fail(profile, 'a guide-silent condition with a good fit');
      if (condition === 'pregnancy' && results.some((r) => !CAPPED.has(r.verdict)))
        fail(profile, 'pregnancy with a verdict above "ask a provider first"');
      if (condition && PRESSURE_RISK.includes(condition) && FIRM.includes(results[0]?.technique ?? ''))
        fail(profile, 'a firm-pressure technique ranks first with a pressure-risk condition');
      if (good.length > 3) fail(profile, 'more than three good fits');

      for (const result of results) {
        const deciding = result.reasons.filter((r) => r.deciding);
        if (result.reasons.findIndex((r) => !r.deciding) < deciding.length && deciding.length < result.reasons.length)
          fail(profile, `${result.technique}: a deciding reason after another`);
        if (result.verdict !== 'good-fit' && deciding.some((r) => r.effect === 'fits'))
          fail(profile, `${result.technique}: a reason in favour decides a capped verdict`);
        if (result.verdict === 'good-fit' && !deciding.some((r) => r.strength === 'points-to'))
          fail(profile, `${result.technique}: a good fit the guide does not point to`);
        if (result.verdict === 'good-fit' && result.technique === 'trigger-point' && profile.causes.length === 0)
          fail(profile, 'trigger point suits pain without a muscle cause');
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
        !(profile.painLocation === 'radiating-leg' && profile.duration === 'chronic') &&
        profile.pressure !== 'firm';
      if (everyday && good.length === 0) fail(profile, 'an everyday profile with no good fit');
    }
    expect(failures).toEqual([]);
    // 64,512 assessments take seconds on a loaded machine; the default timeout is for ordinary tests.
  }, 60_000);

  it('gates a strain by when it happened, whatever the pain’s duration', () => {
    const failures: string[] = [];
    for (const duration of DURATIONS)
      for (const causes of [[], ['muscle-strain' as const], ['ligament-sprain' as const]])
        for (const injuryOnset of [undefined, ...INJURY_ONSETS]) {
          const profile: Profile = {
            painLocation: 'lower',
            duration,
            severity: 'mild',
            spread: 'localized',
            causes,
            conditions: [],
            redFlags: [],
            goals: [],
            injuryOnset,
          };
          const fresh =
            injuryOnset === 'last-two-days' || (injuryOnset === undefined && causes.length > 0 && duration === 'acute');
          if ((assess(profile).gate?.tier === 'new-injury') !== fresh) failures.push(JSON.stringify(profile));
        }
    expect(failures).toEqual([]);
  });
});

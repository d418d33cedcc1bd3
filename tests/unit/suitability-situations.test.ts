import { describe, expect, it } from 'vitest';
import type { TechniqueId } from '@/lib/guide';
import { parseBackup } from '@/lib/settings/backup';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { assess, assessTechnique, explainVerdict, type Assessment, type ProfileInput } from '@/lib/suitability';
import { makeProfile } from './support/make-profile';

/** The situations people are often in that the guide's technique sections do not name. */

const base: ProfileInput = makeProfile();
const tension = { ...base, causes: ['muscle-tension'], goals: ['pain-relief'] } satisfies ProfileInput;

const resultOf = (assessment: Assessment, technique: TechniqueId) => {
  const result = assessment.results.find((r) => r.technique === technique);
  if (!result) throw new Error(`no result for ${technique}`);
  return result;
};
const order = (profile: ProfileInput) => assess(profile).results.map((r) => r.technique);
const sourcesOf = (assessment: Assessment, technique: TechniqueId) =>
  resultOf(assessment, technique).reasons.flatMap((r) => r.sources.map((s) => `${s.publisher}: ${s.title}`));

describe('pressure risk is a rule', () => {
  it('blood thinners: both firm techniques ask first on NCCIH’s word, and neither leads', () => {
    const assessment = assess({ ...tension, conditions: ['blood-thinners'], pressure: 'firm' });
    for (const t of ['deep-tissue', 'trigger-point'] as const) {
      expect(resultOf(assessment, t).verdict).toBe('consult-first');
      expect(sourcesOf(assessment, t)).toContain('NCCIH: Massage Therapy: What You Need To Know');
    }
    expect(
      order({ ...tension, conditions: ['blood-thinners'], pressure: 'firm' })
        .slice(-2)
        .sort(),
    ).toEqual(['deep-tissue', 'trigger-point']);
  });

  it('osteoporosis with chronic tension in one spot: trigger point is held below gentle Swedish, firm pressure adds nothing', () => {
    const profile = { ...tension, conditions: ['osteoporosis'], pressure: 'firm' } satisfies ProfileInput;
    const assessment = assess(profile);
    const trigger = resultOf(assessment, 'trigger-point');
    const swedish = resultOf(assessment, 'swedish');
    expect(trigger.verdict).toBe('possible');
    expect(trigger.pressureRisk).toBe(true);
    expect(trigger.reasons[0]).toMatchObject({ deciding: true, section: 'trigger-point-techniques' });
    expect(trigger.reasons[0]!.text).toMatch(/ranks below gentler massage/);
    expect(order(profile).indexOf('trigger-point')).toBeGreaterThan(order(profile).indexOf('swedish'));
    expect(order(profile)[0]).not.toBe('trigger-point');
    // The firm-pressure preference is listed, but weighs nothing once the condition caps the technique.
    expect(trigger.score).toBe(assessTechnique({ ...profile, pressure: undefined }, 'trigger-point').score);
    expect(swedish.pressureRisk).toBe(false);
  });
});

describe('situations beyond the technique sections', () => {
  it('pregnancy: NCCIH says to talk with a provider first, so nothing is above "ask a provider first"', () => {
    const assessment = assess({ ...base, severity: 'mild', goals: ['relaxation'], conditions: ['pregnancy'] });
    for (const result of assessment.results) {
      expect(result.verdict === 'consult-first' || result.verdict === 'not-recommended').toBe(true);
      expect(sourcesOf(assessment, result.technique)).toContain('NCCIH: Massage Therapy: What You Need To Know');
      // The one-line reason keeps the publisher's name as it is written.
      if (result.verdict === 'consult-first') expect(explainVerdict(result)).toMatch(/; NCCIH says/);
    }
  });

  it('recent surgery: no source speaks to it, so nothing suits and each technique says what to ask', () => {
    const assessment = assess({ ...base, severity: 'mild', goals: ['relaxation'], conditions: ['recent-surgery'] });
    for (const result of assessment.results) {
      expect(result.verdict).not.toBe('good-fit');
      const reason = result.reasons.find((r) => r.because === 'you have had surgery recently')!;
      expect(reason.text).toMatch(/No source we cite/);
      expect(reason.text).toMatch(/tell the therapist/);
      expect(reason.section).toBe('medical-history');
    }
  });

  it.each([
    ['between-shoulder-blades', 'the pain is high in your back, between the shoulder blades'],
    ['worse-coughing-sneezing', 'coughing, sneezing or having a poo makes the pain worse'],
  ] as const)('the NHS urgent sign "%s" leads with seeing a doctor', (sign, because) => {
    const assessment = assess({ ...base, painLocation: 'upper', redFlags: [sign] });
    expect(assessment.gate).toMatchObject({ tier: 'see-doctor' });
    expect(assessment.gate!.signs[0]).toMatchObject({ id: sign, because });
    expect(assessment.gate!.sources.map((s) => s.title)).toEqual(['Back pain']);
    expect(assessment.results.every((r) => r.verdict === 'consult-first' || r.verdict === 'not-recommended')).toBe(
      true,
    );
  });
});

describe('time in the answers', () => {
  it('pain down a leg for 6 weeks or more: NHS Sciatica says see a GP, so the gate leads', () => {
    const gate = assess({ ...base, painLocation: 'radiating-leg' }).gate;
    expect(gate).toMatchObject({ tier: 'see-doctor' });
    expect(gate!.signs.map((s) => s.id)).toEqual(['lasting-sciatica']);
    expect(gate!.sources.map((s) => s.title)).toEqual(['Sciatica']);
    expect(assess({ ...base, painLocation: 'radiating-leg', duration: 'acute' }).gate).toBeNull();
  });

  it('a strain in the last two days gates even long-standing pain; one dated earlier does not gate recent pain', () => {
    const fresh = assess({ ...base, causes: ['muscle-strain'], injuryOnset: 'last-two-days' }).gate;
    expect(fresh).toMatchObject({ tier: 'new-injury' });
    expect(fresh!.signs[0]!.because).toBe('the strain or sprain happened in the last 2 days');
    expect(assess({ ...base, duration: 'acute', causes: ['muscle-strain'], injuryOnset: 'earlier' }).gate).toBeNull();
    // Undated, a strain in recent pain might be that new.
    expect(assess({ ...base, duration: 'acute', causes: ['ligament-sprain'] }).gate).toMatchObject({
      tier: 'new-injury',
    });
  });
});

describe('rules read as the guide reads', () => {
  it.each([
    [[], 'possible'],
    [['herniated-disc'], 'possible'],
    [['muscle-tension'], 'good-fit'],
    [['muscle-strain'], 'good-fit'],
    [['trigger-points'], 'good-fit'],
  ] as const)('trigger point for pain in one spot with causes %j is %s', (causes, verdict) => {
    expect(assessTechnique({ ...base, causes: [...causes] }, 'trigger-point').verdict).toBe(verdict);
  });

  it('drops the Swedish remark on targeted techniques when both of them are not recommended', () => {
    const remark = (profile: ProfileInput) =>
      assessTechnique(profile, 'swedish').reasons.some((r) => r.text.includes('more targeted techniques'));
    expect(remark({ ...base, severity: 'severe', duration: 'acute', spread: 'widespread' })).toBe(false);
    // Trigger point stays possible for severe pain in one spot, so the remark holds.
    expect(remark({ ...base, severity: 'severe' })).toBe(true);
  });
});

describe('export and import', () => {
  it('accepts a backup holding the new answers', () => {
    const profile = {
      ...base,
      causes: ['trigger-points', 'muscle-strain'],
      conditions: ['blood-thinners', 'pregnancy', 'recent-surgery'],
      redFlags: ['between-shoulder-blades', 'worse-coughing-sneezing'],
      injuryOnset: 'earlier',
    };
    const text = JSON.stringify({
      format: 'relief-lens-backup',
      version: 1,
      exportedAt: '2026-12-08T00:00:00.000Z',
      settings: DEFAULT_SETTINGS,
      profile,
    });
    const result = parseBackup(text);
    expect(result.ok ? result.backup.profile : result.error).toEqual(profile);
  });
});

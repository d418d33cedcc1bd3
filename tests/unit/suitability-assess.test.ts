import { describe, expect, it } from 'vitest';
import { core } from 'zod/mini';
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/guide';
import {
  assess,
  assessTechnique,
  completeProfile,
  explainAnswers,
  explainVerdict,
  listMissingAnswers,
  VERDICT_LABELS,
  VERDICT_MEANINGS,
  VERDICTS,
  type Assessment,
  type ProfileInput,
} from '@/lib/suitability';

/** What the profile schemas (zod/mini) throw. */
const ZodError = core.$ZodError;
type ZodError = core.$ZodError;

const base: ProfileInput = {
  painLocation: 'lower',
  duration: 'chronic',
  severity: 'moderate',
  spread: 'localized',
  conditions: [],
  goals: [],
};

const resultOf = (assessment: Assessment, technique: TechniqueId) => {
  const result = assessment.results.find((r) => r.technique === technique);
  if (!result) throw new Error(`no result for ${technique}`);
  return result;
};
const verdictsOf = (profile: ProfileInput) =>
  Object.fromEntries(assess(profile).results.map((r) => [r.technique, r.verdict]));
const order = (profile: ProfileInput) => assess(profile).results.map((r) => r.technique);

describe('the profiles the guide speaks to', () => {
  it('chronic, moderate, localized lower-back pain from tight muscles, wanting relief: deep tissue and trigger point first', () => {
    const profile = { ...base, causes: ['muscle-tension'], goals: ['pain-relief'] } satisfies ProfileInput;
    expect(order(profile).slice(0, 2)).toEqual(['deep-tissue', 'trigger-point']);
    expect(verdictsOf(profile)).toEqual({
      'deep-tissue': 'good-fit',
      'trigger-point': 'good-fit',
      swedish: 'good-fit',
      thai: 'possible',
      shiatsu: 'possible',
      'hot-stone': 'possible',
    });
    expect(explainVerdict(resultOf(assess(profile), 'deep-tissue'))).toBe(
      'Suits you, by the guide: you told us your pain is long-lasting (6 weeks or more) and tense or tight muscles play a part',
    );
  });

  it('mild upper-back pain from posture, wanting to relax: Swedish first, and the brief techniques only possible', () => {
    const profile = {
      ...base,
      painLocation: 'upper',
      severity: 'mild',
      causes: ['poor-posture'],
      goals: ['relaxation'],
    } satisfies ProfileInput;
    const assessment = assess(profile);
    expect(assessment.results[0]).toMatchObject({ technique: 'swedish', verdict: 'good-fit' });
    expect(assessment.results.filter((r) => r.verdict === 'good-fit').length).toBeLessThanOrEqual(3);
    for (const t of ['hot-stone', 'thai', 'shiatsu'] as const) expect(resultOf(assessment, t).verdict).toBe('possible');
    expect(assessment.notes.map((n) => n.because)).toEqual(['your pain is in the upper back', 'posture plays a part']);
  });

  it('acute, severe pain down a leg from a herniated disc: see a doctor first, nothing is a fit, deep work not recommended', () => {
    const assessment = assess({
      ...base,
      painLocation: 'radiating-leg',
      duration: 'acute',
      severity: 'severe',
      spread: 'widespread',
      causes: ['herniated-disc'],
    });
    expect(assessment.gate).toMatchObject({ tier: 'see-doctor' });
    expect(assessment.gate!.signs.map((s) => s.id)).toEqual(['severe-pain']);
    expect(verdictsOf({ ...base, severity: 'severe', duration: 'acute', spread: 'widespread' })).toEqual({
      swedish: 'consult-first',
      'hot-stone': 'consult-first',
      thai: 'consult-first',
      shiatsu: 'consult-first',
      'deep-tissue': 'not-recommended',
      'trigger-point': 'not-recommended',
    });
    expect(assessment.notes.map((n) => n.because)).toContain('a herniated disc plays a part');
  });

  it('osteoporosis with firm pressure: deep tissue asks first, nothing else is a good fit, firm pressure points the other way', () => {
    const assessment = assess({ ...base, conditions: ['osteoporosis'], pressure: 'firm' });
    expect(resultOf(assessment, 'deep-tissue').verdict).toBe('consult-first');
    expect(assessment.results.every((r) => r.verdict !== 'good-fit')).toBe(true);
    const trigger = resultOf(assessment, 'trigger-point');
    expect(trigger.verdict).toBe('possible');
    expect(trigger.reasons[0]).toMatchObject({ deciding: true, because: 'you have osteoporosis' });
    expect(trigger.reasons.find((r) => r.because === 'you prefer firm pressure')?.deciding).toBe(false);
  });

  it('a blood clotting disorder: both firm techniques ask first, and the techniques the guide is silent on are possible at most', () => {
    const verdicts = verdictsOf({ ...base, conditions: ['blood-clotting-disorder'] });
    expect(verdicts['deep-tissue']).toBe('consult-first');
    expect(verdicts['trigger-point']).toBe('consult-first');
    for (const t of ['swedish', 'hot-stone', 'thai', 'shiatsu'] as const) {
      expect(verdicts[t]).toBe('possible');
    }
  });
});

describe('conflicts the guide speaks to', () => {
  it('acute pain with a clotting disorder: "not recommended" outranks "ask first" for deep tissue, both reasons stay', () => {
    const deep = assessTechnique(
      { ...base, duration: 'acute', conditions: ['blood-clotting-disorder'] },
      'deep-tissue',
    );
    expect(deep.verdict).toBe('not-recommended');
    expect(deep.reasons.map((r) => [r.effect, r.deciding])).toEqual([
      ['against', true],
      ['ask-first', false],
    ]);
  });

  it('widespread pain with a tension cause: trigger point is not recommended, the tension reason is kept, not deciding', () => {
    const trigger = assessTechnique({ ...base, spread: 'widespread', causes: ['muscle-tension'] }, 'trigger-point');
    expect(trigger.verdict).toBe('not-recommended');
    expect(trigger.reasons.map((r) => [r.effect, r.deciding])).toEqual([
      ['against', true],
      ['fits', false],
    ]);
  });

  it('light pressure wanted: the firm techniques drop to possible, Swedish still suits', () => {
    const verdicts = verdictsOf({ ...base, pressure: 'light' });
    expect(verdicts).toMatchObject({ 'deep-tissue': 'possible', 'trigger-point': 'possible', swedish: 'good-fit' });
  });

  it('a benefit alone never makes a good fit: Thai for flexibility is possible', () => {
    const thai = assessTechnique({ ...base, goals: ['flexibility'] }, 'thai');
    expect(thai.verdict).toBe('possible');
    expect(thai.reasons).toMatchObject([{ effect: 'fits', strength: 'benefit', deciding: false }]);
  });

  it('stress behind the pain: Shiatsu, which the guide names for it, becomes a good fit', () => {
    expect(assessTechnique({ ...base, causes: ['stress'] }, 'shiatsu').verdict).toBe('good-fit');
  });
});

describe('the safety gate', () => {
  it('without a sign, there is none', () => {
    expect(assess(base).gate).toBeNull();
  });

  it.each(['leg-weakness', 'saddle-numbness', 'bladder-or-bowel-changes', 'chest-pain', 'recent-trauma'] as const)(
    '%s is an emergency: no verdicts, only what to do now',
    (flag) => {
      const assessment = assess({ ...base, causes: ['muscle-tension'], redFlags: [flag, 'fever'] });
      expect(assessment.results).toEqual([]);
      expect(assessment.gate).toMatchObject({ tier: 'emergency', title: 'Get medical help now' });
      expect(assessment.gate!.message).toMatch(/999/);
      expect(assessment.gate!.signs.map((s) => s.id)).toEqual([flag]);
      expect(() => assessTechnique({ ...base, redFlags: [flag] }, 'swedish')).not.toThrow();
    },
  );

  it.each([
    'fever',
    'unexplained-weight-loss',
    'back-shape-change',
    'night-pain',
    'worsening-pain',
    'cancer-history',
  ] as const)('%s: see a doctor first; every technique asks first or stays not recommended', (flag) => {
    const assessment = assess({ ...base, causes: ['muscle-tension'], redFlags: [flag] });
    expect(assessment.gate).toMatchObject({ tier: 'see-doctor' });
    for (const result of assessment.results) {
      expect(['consult-first', 'not-recommended']).toContain(result.verdict);
      expect(result.reasons[0]).toMatchObject({ deciding: true, section: null });
      expect(result.reasons[0]!.sources.length).toBeGreaterThan(0);
    }
  });

  it('a recent strain or sprain: NHS advises no massage for a couple of days, so nothing is a fit', () => {
    for (const cause of ['muscle-strain', 'ligament-sprain'] as const) {
      const assessment = assess({ ...base, duration: 'acute', causes: [cause] });
      expect(assessment.gate).toMatchObject({ tier: 'new-injury' });
      expect(assessment.gate!.sources.map((s) => `${s.publisher}: ${s.title}`)).toEqual(['NHS: Sprains and strains']);
      expect(assessment.results.every((r) => r.verdict === 'consult-first' || r.verdict === 'not-recommended')).toBe(
        true,
      );
      // A strain of long standing is no new injury.
      expect(assess({ ...base, causes: [cause] }).gate).toBeNull();
    }
  });

  it('lists each sign once, most urgent first, with each source once', () => {
    const gate = assess({ ...base, severity: 'severe', redFlags: ['cancer-history', 'fever'] }).gate!;
    expect(gate.signs.map((s) => s.id)).toEqual(['fever', 'cancer-history', 'severe-pain']);
    const urls = gate.sources.map((s) => s.url);
    expect(urls.length).toBe(new Set(urls).size);
  });
});

describe('ordering', () => {
  it('puts the best verdicts first, then the heavier matches, then the guide’s order', () => {
    const { results } = assess({ ...base, goals: ['flexibility', 'relaxation'], pressure: 'firm' });
    for (let i = 1; i < results.length; i++) {
      const [prev, cur] = [results[i - 1]!, results[i]!];
      const byVerdict = VERDICTS.indexOf(prev.verdict) - VERDICTS.indexOf(cur.verdict);
      expect(byVerdict).toBeLessThanOrEqual(0);
      if (byVerdict === 0) {
        expect(prev.score).toBeGreaterThanOrEqual(cur.score);
        if (prev.score === cur.score)
          expect(TECHNIQUE_IDS.indexOf(prev.technique)).toBeLessThan(TECHNIQUE_IDS.indexOf(cur.technique));
      }
    }
    expect(results.map((r) => r.technique).sort()).toEqual([...TECHNIQUE_IDS].sort());
  });

  it('gives the same answer for one technique as the full assessment', () => {
    const profile = {
      ...base,
      conditions: ['osteoporosis'],
      goals: ['pain-relief'],
      redFlags: ['fever'],
    } satisfies ProfileInput;
    for (const technique of TECHNIQUE_IDS) {
      expect(assessTechnique(profile, technique)).toEqual(resultOf(assess(profile), technique));
    }
  });
});

describe('explaining a verdict', () => {
  it('names up to two of the answers that decided a good fit', () => {
    const swedish = assessTechnique({ ...base, severity: 'mild', goals: ['relaxation', 'stress-relief'] }, 'swedish');
    expect(explainVerdict(swedish)).toBe(
      'Suits you, by the guide: you told us your pain is mild and you want to relax',
    );
  });

  it('says which way the deciding reason points, and the reason itself, for a list that shows the verdict beside it', () => {
    const deep = assessTechnique({ ...base, conditions: ['blood-clotting-disorder'] }, 'deep-tissue');
    expect(explainAnswers(deep)).toBe(
      'ask first: you have a blood clotting or bleeding disorder; with a blood clotting disorder, the guide says to ask your healthcare provider first',
    );
    const swedish = assessTechnique({ ...base, pressure: 'firm' }, 'swedish');
    expect(swedish.verdict).toBe('possible');
    expect(explainAnswers(swedish)).toBe(
      'held back: you prefer firm pressure; it stays light to moderate, so it may feel too gentle',
    );
    const trigger = assessTechnique({ ...base, spread: 'widespread' }, 'trigger-point');
    expect(explainAnswers(trigger)).toMatch(/^against it: your pain is widespread; the guide does not recommend it/);
  });

  it('says so when the guide neither points to it nor warns against it', () => {
    expect(explainVerdict(assessTechnique(base, 'hot-stone'))).toBe(
      'Possible: the guide neither points to it for you nor warns against it',
    );
  });

  it('has a label and a written meaning for every verdict', () => {
    for (const verdict of VERDICTS) {
      expect(VERDICT_LABELS[verdict].length).toBeGreaterThan(5);
      expect(VERDICT_MEANINGS[verdict].length).toBeGreaterThan(40);
    }
    expect(VERDICT_LABELS['good-fit']).toBe('Suits you, by the guide');
  });
});

describe('invalid profiles', () => {
  const fieldOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      const issue = (error as ZodError).issues[0]!;
      return { path: issue.path.join('.'), message: (error as ZodError).message, issue };
    }
    throw new Error('expected a ZodError');
  };

  it.each([
    ['a missing severity', { ...base, severity: undefined }, 'severity'],
    ['an unknown pain location', { ...base, painLocation: 'neck' }, 'painLocation'],
    ['an unknown condition', { ...base, conditions: ['asthma'] }, 'conditions.0'],
    ['a pressure that is not a choice', { ...base, pressure: 'very firm' }, 'pressure'],
    ['goals given as text', { ...base, goals: 'relaxation' }, 'goals'],
    ['an unknown warning sign', { ...base, redFlags: ['headache'] }, 'redFlags.0'],
  ])('rejects %s, naming the field', (_label, profile, path) => {
    const failure = fieldOf(() => assess(profile));
    expect(failure.path).toBe(path);
    expect(failure.message).toContain(path.split('.')[0]);
  });

  it('rejects unknown fields rather than ignoring them', () => {
    const failure = fieldOf(() => assess({ ...base, age: 40 }));
    expect(failure.issue.code).toBe('unrecognized_keys');
    expect(failure.message).toContain('age');
  });

  it('rejects a profile that is not an object', () => {
    expect(() => assess(null)).toThrow(ZodError);
    expect(() => assessTechnique('chronic', 'swedish')).toThrow(ZodError);
  });

  it('fills only the optional lists with empty defaults', () => {
    expect('causes' in base || 'redFlags' in base).toBe(false);
    expect(assess(base).gate).toBeNull();
    expect(() => assess({ ...base, conditions: undefined })).toThrow(/conditions/);
    expect(() => assess({ ...base, goals: undefined })).toThrow(/goals/);
  });
});

describe('drafts', () => {
  it('lists the required questions still open and completes a draft once they are answered', () => {
    expect(listMissingAnswers({ painLocation: 'upper', severity: 'mild' })).toEqual(['duration', 'spread']);
    expect(completeProfile({ painLocation: 'upper', severity: 'mild' })).toBeNull();
    const profile = completeProfile({
      painLocation: 'upper',
      severity: 'mild',
      duration: 'acute',
      spread: 'localized',
    });
    expect(profile).toEqual({
      painLocation: 'upper',
      severity: 'mild',
      duration: 'acute',
      spread: 'localized',
      causes: [],
      conditions: [],
      redFlags: [],
      goals: [],
    });
  });
});

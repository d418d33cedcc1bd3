import { describe, expect, it } from 'vitest';
import { core } from 'zod/mini';
import { RED_FLAGS, RED_FLAG_IDS, TECHNIQUE_IDS, type TechniqueId } from '@/lib/guide';
import {
  assess,
  assessTechnique,
  completeProfile,
  explainAnswers,
  explainVerdict,
  listMissingAnswers,
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

describe('conflicts the guide speaks to', () => {
  it('osteoporosis and fibromyalgia together: ask first for deep tissue and for trigger point, each for its own reason', () => {
    const assessment = assess({ ...base, conditions: ['osteoporosis', 'fibromyalgia'] });
    expect(resultOf(assessment, 'deep-tissue').verdict).toBe('consult-first');
    expect(resultOf(assessment, 'trigger-point').verdict).toBe('consult-first');
    expect(explainVerdict(resultOf(assessment, 'deep-tissue'))).toBe(
      'Ask a provider first: you told us you have osteoporosis',
    );
    expect(explainVerdict(resultOf(assessment, 'trigger-point'))).toBe(
      'Ask a provider first: you told us you have fibromyalgia',
    );
    // The guide names no caution for these with Swedish massage; the conditions are only a note there.
    const swedish = resultOf(assessment, 'swedish');
    expect(swedish.verdict).toBe('good-fit');
    expect(swedish.reasons.filter((r) => r.effect === 'note').map((r) => r.because)).toEqual([
      'you have osteoporosis and you have fibromyalgia',
    ]);
  });

  it('severe and chronic pain: deep tissue is not recommended though chronic pain speaks for it, and both reasons are kept', () => {
    const assessment = assess({ ...base, severity: 'severe', duration: 'chronic' });
    const deep = resultOf(assessment, 'deep-tissue');
    expect(deep.verdict).toBe('not-recommended');
    expect(deep.reasons[0]).toMatchObject({ effect: 'against', section: 'deep-tissue-suitability' });
    expect(deep.reasons.some((r) => r.effect === 'fits' && r.because === 'your pain is long-lasting')).toBe(true);
    // Swedish steps back for severe pain; trigger point is where the guide sends it.
    expect(resultOf(assessment, 'swedish').verdict).toBe('possible');
    expect(resultOf(assessment, 'trigger-point').verdict).toBe('good-fit');
  });

  it('widespread pain with a tension cause: trigger point is not recommended, the tension reason is still shown', () => {
    const assessment = assess({ ...base, spread: 'widespread', causes: ['muscle-tension'] });
    const trigger = resultOf(assessment, 'trigger-point');
    expect(trigger.verdict).toBe('not-recommended');
    expect(trigger.reasons.map((r) => r.effect)).toEqual(['against', 'fits']);
    for (const technique of ['swedish', 'deep-tissue', 'hot-stone', 'thai', 'shiatsu'] as const) {
      expect(resultOf(assessment, technique).verdict).toBe('good-fit');
    }
  });

  it('sensitive muscles with a liking for firm pressure: no technique is a plain good fit on those two answers', () => {
    const verdicts = verdictsOf({
      ...base,
      duration: 'acute',
      spread: 'widespread',
      severity: 'severe',
      sensitiveMuscles: true,
      pressure: 'firm',
    });
    expect(verdicts).toEqual({
      swedish: 'possible',
      'deep-tissue': 'not-recommended',
      'trigger-point': 'not-recommended',
      'hot-stone': 'possible',
      thai: 'possible',
      shiatsu: 'possible',
    });
    const calm = assess({ ...base, sensitiveMuscles: true, pressure: 'firm' });
    for (const technique of ['swedish', 'deep-tissue', 'trigger-point'] as const) {
      const result = resultOf(calm, technique);
      expect(result.verdict).toBe('possible');
      expect(result.reasons.map((r) => r.effect)).toContain('fits');
      expect(result.reasons.map((r) => r.effect)).toContain('limits');
    }
  });

  it('acute pain with a clotting disorder: "not recommended" outranks "ask first" for deep tissue, both reasons stay', () => {
    const deep = assessTechnique(
      { ...base, duration: 'acute', conditions: ['blood-clotting-disorder'] },
      'deep-tissue',
    );
    expect(deep.verdict).toBe('not-recommended');
    expect(deep.reasons.map((r) => r.effect)).toEqual(['against', 'ask-first', 'note']);
  });

  it('light pressure wanted: firm techniques drop to possible at best, Swedish fits', () => {
    const verdicts = verdictsOf({ ...base, pressure: 'light' });
    expect(verdicts['deep-tissue']).toBe('possible');
    expect(verdicts['trigger-point']).toBe('possible');
    expect(verdicts.swedish).toBe('good-fit');
  });
});

describe('warning signs', () => {
  it('without any, there is no see-a-doctor message', () => {
    expect(assess(base).seeDoctor).toBeNull();
  });

  it.each(RED_FLAG_IDS)(
    '%s caps every technique at "ask first" or below and leads with a see-a-doctor message',
    (flag) => {
      const without = assess({ ...base, causes: ['muscle-tension'] });
      const withFlag = assess({ ...base, causes: ['muscle-tension'], redFlags: [flag] });
      expect(without.results.some((r) => r.verdict === 'good-fit')).toBe(true);
      for (const result of withFlag.results) {
        expect(['consult-first', 'not-recommended']).toContain(result.verdict);
        const before = resultOf(without, result.technique).verdict;
        if (before === 'not-recommended') expect(result.verdict).toBe('not-recommended');
        expect(result.reasons.some((r) => r.effect === 'ask-first' && r.sources.length > 0)).toBe(true);
      }
      const entry = RED_FLAGS.find((f) => f.id === flag)!;
      expect(withFlag.seeDoctor).toMatchObject({ redFlags: [flag] });
      expect(withFlag.seeDoctor!.message).toMatch(/doctor/);
      expect(withFlag.seeDoctor!.sources.map((s) => s.url).sort()).toEqual(
        [...new Set(entry.sources.map((s) => s.url))].sort(),
      );
    },
  );

  it('lists every ticked warning sign once, with each source once', () => {
    const seeDoctor = assess({ ...base, redFlags: ['fever', 'saddle-numbness'] }).seeDoctor!;
    expect(seeDoctor.redFlags).toEqual(['fever', 'saddle-numbness']);
    const urls = seeDoctor.sources.map((s) => s.url);
    expect(urls.length).toBe(new Set(urls).size);
    expect(urls.length).toBeGreaterThanOrEqual(2);
  });
});

describe('ordering', () => {
  it('puts the best verdicts first, then the techniques more of the answers speak for', () => {
    const { results } = assess({ ...base, goals: ['flexibility', 'relaxation'], pressure: 'firm' });
    const ranks = results.map((r) => VERDICTS.indexOf(r.verdict));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (let i = 1; i < results.length; i++) {
      const [prev, cur] = [results[i - 1]!, results[i]!];
      if (prev.verdict === cur.verdict) {
        const fits = (r: typeof cur) => r.reasons.filter((x) => x.effect === 'fits').length;
        expect(fits(prev)).toBeGreaterThanOrEqual(fits(cur));
      }
    }
    // Thai: flexibility + relaxation; deep tissue: chronic + firm + flexibility; trigger point: localized + firm + flexibility.
    expect(results[0]!.technique).toBe('deep-tissue');
  });

  it('keeps the guide order between equal results', () => {
    const { results } = assess({ ...base, duration: 'acute', spread: 'widespread', severity: 'severe' });
    const tied = results.filter((r) => r.verdict === 'possible').map((r) => r.technique);
    expect(tied).toEqual(['swedish', 'hot-stone', 'thai', 'shiatsu']);
    expect(results.map((r) => r.technique).sort()).toEqual([...TECHNIQUE_IDS].sort());
  });

  it('gives the same answer for one technique as the full assessment', () => {
    const profile = { ...base, conditions: ['osteoporosis'], goals: ['pain-relief'] } satisfies ProfileInput;
    for (const technique of TECHNIQUE_IDS) {
      expect(assessTechnique(profile, technique)).toEqual(resultOf(assess(profile), technique));
    }
  });
});

describe('explainVerdict', () => {
  it('names up to two of the answers that decided a good fit', () => {
    const swedish = assessTechnique({ ...base, severity: 'mild', goals: ['relaxation', 'stress-relief'] }, 'swedish');
    expect(explainVerdict(swedish)).toBe('Good fit for you: you told us your pain is mild and you want to relax');
  });

  it('gives the deciding answers on their own, for a list that shows the verdict label beside them', () => {
    const deep = assessTechnique({ ...base, conditions: ['blood-clotting-disorder'] }, 'deep-tissue');
    expect(explainAnswers(deep)).toBe('you told us you have a blood clotting disorder');
  });

  it('says so when nothing the person told us matters for the technique', () => {
    expect(explainVerdict(assessTechnique(base, 'hot-stone'))).toBe(
      'Possible: nothing you told us speaks for or against it',
    );
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
    expect(assess(base).seeDoctor).toBeNull();
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

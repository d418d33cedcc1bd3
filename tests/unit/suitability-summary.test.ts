import { describe, expect, it } from 'vitest';
import { termById } from '@/lib/guide';
import { describeTerm } from '@/lib/card-text/card-content';
import { announceAssessment, assess, summarizeProfile } from '@/lib/suitability';
import { makeProfile } from './support/make-profile';

describe('summarizeProfile', () => {
  it.each([
    [makeProfile(), 'Lower back, 6 weeks or more, moderate, one spot'],
    [
      makeProfile({ painLocation: 'radiating-leg', duration: 'acute', severity: 'mild', spread: 'widespread' }),
      'Down a leg, under 6 weeks, mild, spread out',
    ],
    [makeProfile({ goals: ['relaxation'] }), 'Lower back, 6 weeks or more, moderate, one spot; 1 more answer'],
    [
      makeProfile({ causes: ['stress'], conditions: ['osteoporosis'], pressure: 'firm', sensitiveMuscles: true }),
      'Lower back, 6 weeks or more, moderate, one spot; 4 more answers',
    ],
  ])('folds %j into one line', (profile, line) => {
    expect(summarizeProfile(profile)).toBe(line);
  });
});

describe('announceAssessment', () => {
  it('names the best match only when it is a good fit', () => {
    expect(announceAssessment(assess(makeProfile({ causes: ['muscle-tension'] })))).toBe(
      'Best match by the guide: Deep tissue massage, Suits you, by the guide.',
    );
    expect(announceAssessment(assess(makeProfile({ conditions: ['osteoporosis'] })))).toBe(
      'No technique suits you outright by the guide.',
    );
  });

  it('says what the gate says instead of naming a best match', () => {
    const capped = announceAssessment(assess(makeProfile({ redFlags: ['fever'] })));
    expect(capped).toBe('See a doctor before any massage: every technique is at “Ask a provider first” or below.');
    expect(announceAssessment(assess(makeProfile({ redFlags: ['saddle-numbness'] })))).toBe(
      'Get medical help now. No verdicts are given.',
    );
  });
});

describe('the card’s personal verdict', () => {
  const deep = termById('deep-tissue-massage')!;

  it('follows the checker’s rules', () => {
    const card = describeTerm(deep, makeProfile({ causes: ['muscle-tension'] }));
    expect(card.verdict?.verdict).toBe('good-fit');
    expect(card.safety).toBeNull();
    expect(describeTerm(deep, makeProfile({ severity: 'severe' })).verdict?.verdict).toBe('not-recommended');
  });

  it('shows what to do now instead of a verdict in an emergency', () => {
    const card = describeTerm(deep, makeProfile({ redFlags: ['bladder-or-bowel-changes'] }));
    expect(card.verdict).toBeNull();
    expect(card.safety).toMatchObject({ tier: 'emergency', title: 'Get medical help now' });
    expect(card.safety!.text).toMatch(/999/);
  });

  it('leads a capped verdict with the gate’s message', () => {
    const card = describeTerm(deep, makeProfile({ duration: 'acute', causes: ['ligament-sprain'] }));
    expect(card.safety?.tier).toBe('new-injury');
    expect(card.verdict?.verdict).toBe('not-recommended');
    const swedish = describeTerm(termById('swedish-massage')!, makeProfile({ redFlags: ['cancer-history'] }));
    expect(swedish.verdict?.verdict).toBe('consult-first');
  });

  it('gives no verdict and no gate for a term that is not a technique', () => {
    const card = describeTerm(termById('osteoporosis')!, makeProfile({ redFlags: ['chest-pain'] }));
    expect(card).toMatchObject({ verdict: null, safety: null });
  });
});

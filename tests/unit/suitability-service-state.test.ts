import { describe, expect, it } from 'vitest';
import { termById, type Term } from '@/lib/guide';
import { describeTerm } from '@/lib/card-text/card-content';
import { decideServiceState, listMentionFirst } from '@/lib/suitability';
import { makeProfile } from './support/make-profile';

const term = (id: string): Term => {
  const found = termById(id);
  if (!found) throw new Error(`no term ${id}`);
  return found;
};

describe('a service the guide does not cover', () => {
  it.each([
    ['no profile', null, 'not-in-guide'],
    ['an unremarkable profile', makeProfile(), 'not-in-guide'],
    ['a see-a-doctor sign', makeProfile({ redFlags: ['fever'] }), 'not-in-guide'],
    ['an emergency sign', makeProfile({ redFlags: ['chest-pain'] }), null],
  ])('with %s is %s', (_what, profile, state) => {
    expect(decideServiceState(profile)).toBe(state);
  });

  it.each([
    ['nothing to mention', makeProfile(), []],
    [
      'signs first, then conditions, tender muscles and pressure',
      makeProfile({
        pressure: 'light',
        sensitiveMuscles: true,
        conditions: ['osteoporosis'],
        redFlags: ['night-pain'],
      }),
      [
        'the pain does not ease with rest or is worse at night',
        'you have osteoporosis',
        'your muscles are sensitive or tender',
        'you prefer light pressure',
      ],
    ],
    ['severe pain, a sign of its own', makeProfile({ severity: 'severe' }), ['your pain is severe']],
  ])('mentions %s first', (_what, profile, mentioned) => {
    expect(listMentionFirst(profile)).toEqual(mentioned);
  });

  it('has a card that says it is not in the guide, gives no verdict and says what to ask', () => {
    const card = describeTerm(term('reflexology'), makeProfile({ conditions: ['fibromyalgia'] }));
    expect(card.summary).toMatch(/^The guide does not cover reflexology, and no public health source/);
    expect(card.category).toBe('Massage service');
    expect(card.verdict).toBeNull();
    expect(card.credits).toEqual([]);
    expect(card.service?.state?.label).toBe('Not in the guide');
    expect(card.service?.ask.length).toBeGreaterThan(0);
    expect(card.service?.askCredits.every((credit) => credit.from === 'the guide')).toBe(true);
    expect(card.service?.mentionFirst).toEqual(['you have fibromyalgia']);
  });

  it('credits the source that describes it, and names no guide technique no source likens it to', () => {
    const card = describeTerm(term('cupping-therapy'), null);
    expect(card.credits).toEqual([{ from: 'NCCIH', title: 'Cupping' }]);
    expect(card.service?.closest).toBeNull();
    expect(card.service?.mentionFirst).toEqual([]);
  });

  it('lets the safety gate lead: a see-a-doctor sign shows first; an emergency leaves no state and nothing to mention', () => {
    const doctor = describeTerm(term('sports-massage'), makeProfile({ redFlags: ['fever'] }));
    expect(doctor.safety?.tier).toBe('see-doctor');
    expect(doctor.service?.state?.label).toBe('Not in the guide');
    const emergency = describeTerm(term('sports-massage'), makeProfile({ redFlags: ['chest-pain'], pressure: 'firm' }));
    expect(emergency.safety?.tier).toBe('emergency');
    expect(emergency.verdict).toBeNull();
    expect(emergency.service?.state).toBeNull();
    expect(emergency.service?.mentionFirst).toEqual([]);
  });
});

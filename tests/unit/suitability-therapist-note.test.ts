import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '@/lib/guide';
import {
  MEDICINES_LINE,
  NOTE_TITLE,
  buildTherapistNote,
  fillChecklistQuestion,
  joinAnd,
  toFirstPerson,
} from '@/lib/suitability/therapist-note';
import { makeProfile } from './support/make-profile';

const lines = (note: string) => note.split('\n');

describe('buildTherapistNote', () => {
  it.each([
    [
      'where and how long',
      makeProfile({ painLocation: 'upper', duration: 'acute', severity: 'mild', spread: 'widespread' }),
      'My pain is mostly in my upper back, and it started less than 6 weeks ago. It is mild and is spread over a wide area.',
    ],
    [
      'a leg, long-lasting',
      makeProfile({ painLocation: 'radiating-leg', severity: 'severe' }),
      'My pain runs down one of my legs, and I have had it for 6 weeks or more. It is severe and sits in one area.',
    ],
    ['one cause', makeProfile({ causes: ['stress'] }), 'I think stress plays a part.'],
    [
      'one cause said in the plural',
      makeProfile({ causes: ['muscle-tension'] }),
      'I think tense or tight muscles play a part.',
    ],
    [
      'several causes',
      makeProfile({ causes: ['muscle-tension', 'poor-posture', 'herniated-disc'] }),
      'I think tense or tight muscles, my posture and a herniated disc play a part.',
    ],
    ['an unknown cause', makeProfile({ causes: ['unknown'] }), 'I do not know what started it.'],
    [
      'conditions',
      makeProfile({ conditions: ['osteoporosis', 'blood-clotting-disorder'] }),
      'About my health: I have osteoporosis and I have a blood clotting or bleeding disorder.',
    ],
    [
      'medicines and situations the checker asks about',
      makeProfile({ conditions: ['blood-thinners', 'pregnancy', 'recent-surgery'] }),
      'About my health: I take blood thinners, I am pregnant and I have had surgery recently.',
    ],
    [
      'knots in the muscle',
      makeProfile({ causes: ['trigger-points'] }),
      'I think a muscle knot or trigger point plays a part.',
    ],
    [
      'when a strain happened',
      makeProfile({ causes: ['muscle-strain'], injuryOnset: 'last-two-days' }),
      'The strain or sprain happened in the last 2 days.',
    ],
    [
      'warning signs, said as the person would',
      makeProfile({ redFlags: ['fever', 'night-pain'] }),
      'I also need to mention that I have a high temperature and the pain does not ease with rest or is worse at night.',
    ],
    ['tender muscles', makeProfile({ sensitiveMuscles: true }), 'My muscles are sensitive or tender.'],
    [
      'the pressure they like',
      makeProfile({ pressure: 'light' }),
      'I prefer light pressure, and I will tell you if it is too much or too little.',
    ],
    [
      'their goals',
      makeProfile({ goals: ['pain-relief', 'flexibility'] }),
      'What I hope for: less pain and more flexibility.',
    ],
  ])('says %s', (_what, profile, line) => {
    expect(lines(buildTherapistNote(profile))).toContain(line);
  });

  it('leaves out what the person did not tell, and always asks about medicines and pressure', () => {
    const note = lines(buildTherapistNote(makeProfile()));
    expect(note[0]).toBe(NOTE_TITLE);
    expect(note).toContain(MEDICINES_LINE);
    expect(note).toContain('I will tell you if the pressure is too much or too little.');
    expect(note.join(' ')).not.toMatch(/I have (?!had it)|I think |What I hope|mention that|tender/);
  });

  it('ends with the guide’s questions for the therapist, as the checklist words them', () => {
    const note = lines(buildTherapistNote(makeProfile()));
    const asked = note.slice(note.indexOf('Questions I would like to ask:') + 1);
    const byId = (id: string) => CHECKLIST.find((item) => item.id === id)?.question;
    expect(asked).toEqual([`- ${byId('credentials')}`, `- ${byId('back-pain-experience')}`]);
  });

  it('has no blanks left to fill in but the medicines line', () => {
    const note = buildTherapistNote(
      makeProfile({ causes: ['stress'], conditions: ['fibromyalgia'], goals: ['relaxation'], pressure: 'firm' }),
    );
    expect(note.replace(MEDICINES_LINE, '')).not.toMatch(/\[|\(add/);
  });
});

describe('the note’s wording helpers', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('joins %j as %j', (items, joined) => {
    expect(joinAnd(items)).toBe(joined);
  });

  it.each([
    ['you have had cancer', 'I have had cancer'],
    ['you are losing weight without trying', 'I am losing weight without trying'],
    ['your bladder or bowels have changed', 'my bladder or bowels have changed'],
    ['the pain keeps getting worse', 'the pain keeps getting worse'],
  ])('says "%s" as "%s"', (phrase, said) => {
    expect(toFirstPerson(phrase)).toBe(said);
  });
});

describe('fillChecklistQuestion', () => {
  const goalsQuestion = CHECKLIST.find((item) => item.id === 'goals')!.question;

  it.each([
    [
      'where it hurts and the goals',
      makeProfile({ painLocation: 'radiating-leg', goals: ['pain-relief', 'relaxation'] }),
      'The pain is mostly in my back and down one leg; my main goal is less pain and relaxation.',
    ],
    [
      'where it hurts, and leaves the goal blank when none was given',
      makeProfile({ painLocation: 'upper', goals: [] }),
      'The pain is mostly in my upper back; my main goal is [less pain / more flexibility / relaxation].',
    ],
  ])('fills %s', (_what, profile, start) => {
    expect(fillChecklistQuestion(goalsQuestion, profile)).toBe(`${start} How would you approach that?`);
  });

  it('leaves every blank without a profile, and questions without blanks as they are', () => {
    expect(fillChecklistQuestion(goalsQuestion, null)).toBe(goalsQuestion);
    for (const item of CHECKLIST.filter((item) => item.id !== 'goals'))
      expect(fillChecklistQuestion(item.question, makeProfile({ goals: ['flexibility'] }))).toBe(item.question);
  });
});

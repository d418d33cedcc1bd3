import { describe, expect, it } from 'vitest';
import { TERMS, termById, type Term } from '@/lib/guide';
import { describePressure, describeTerm, describeUnknown } from '@/lib/card-text/card-content';
import { chooseLineBox } from '@/lib/dom/card-position';
import { pickStepIndex } from '@/lib/card/step-target';
import { makeProfile } from './support/make-profile';

const baseProfile = makeProfile({ goals: ['pain-relief'] });

const term = (id: string): Term => {
  const found = termById(id);
  if (!found) throw new Error(`no term ${id}`);
  return found;
};

describe('describeTerm', () => {
  it('shows a technique with its pressure, who it suits, cautions and its own chapter of the guide', () => {
    const card = describeTerm(term('deep-tissue-massage'), null);
    expect(card).toMatchObject({ kind: 'term', termId: 'deep-tissue-massage', name: 'Deep tissue massage' });
    expect(card.category).toBe('Massage technique');
    expect(card.technique?.id).toBe('deep-tissue');
    expect(card.technique?.pressure).toMatch(/^Firm\. /);
    expect(card.cautions.join(' ')).toMatch(/osteoporosis/);
    expect(card.credits).toEqual([{ from: 'the guide', title: 'Deep Tissue Massage' }]);
    expect(card.verdict).toBeNull();
  });

  it('gives the verdict of the checker for a technique when a profile is saved', () => {
    const profile = { ...baseProfile, conditions: ['osteoporosis' as const] };
    expect(describeTerm(term('deep-tissue-massage'), profile).verdict).toEqual({
      verdict: 'consult-first',
      text: expect.stringMatching(/^Ask a provider first: .*osteoporosis/),
    });
    expect(describeTerm(term('deep-tissue-massage'), baseProfile).verdict?.verdict).toBe('good-fit');
  });

  it.each([
    ['trigger-point-therapy', 'firm', 'Firm, held pressure on small spots.'],
    ['deep-tissue-massage', 'firm', 'Firm. Deep and intense; ask for less if it hurts.'],
    ['swedish-massage', 'light-to-moderate', 'Light to moderate. Gentle; most people find it easy to tolerate.'],
  ])('says the pressure of %s once, with its level for the scale', (id, level, pressure) => {
    expect(describeTerm(term(id), null).technique).toMatchObject({ level, pressure });
  });

  it.each([
    ['lower-back-pain', 'lower-back'],
    ['upper-back-pain', 'upper-back'],
    ['sciatica', 'sciatic-path'],
    ['sciatic-nerve', 'sciatic-path'],
    ['intervertebral-disc', 'spinal-disc'],
    ['herniated-disc', 'spinal-disc'],
    ['fascia', 'fascia-layer'],
    ['swedish-massage', null],
    ['chronic-pain', null],
  ])('gives the card of %s the picture %s', (id, picture) => {
    expect(describeTerm(term(id), null).picture).toBe(picture);
  });

  it('shows a term that is no technique without technique facts', () => {
    const plain = TERMS.find((t) => !t.technique);
    expect(plain).toBeDefined();
    expect(describeTerm(plain!, baseProfile)).toMatchObject({ technique: null, verdict: null });
  });
});

describe('where a card says its facts come from', () => {
  const cards = TERMS.map((t) => [t.id, t, describeTerm(t, null)] as const);

  it.each(cards)('%s: credits the guide only for facts the guide gives', (_id, t, card) => {
    const fromGuide = card.credits.filter((credit) => credit.from === 'the guide');
    // The summary and cautions rest on the guide exactly when the entry names a guide section.
    expect(fromGuide.length > 0).toBe(t.sections.length > 0);
    if (t.service) {
      // A service the guide does not cover says so first, and credits only what describes it.
      expect(card.summary).toMatch(/^The guide does not cover /);
      expect(card.credits).toEqual(t.service.describedBy.map((s) => ({ from: s.publisher, title: s.title })));
    } else if (t.sections.length === 0) {
      expect(card.credits).toEqual(t.sources.map((s) => ({ from: s.publisher, title: s.title })));
    }
    // A note is a fact from outside the guide: it never reads "From the guide".
    for (const note of card.notes) {
      expect(note.credits.length).toBeGreaterThan(0);
      expect(note.credits.map((credit) => credit.from)).not.toContain('the guide');
    }
  });

  it.each(cards.filter(([, t]) => t.sources.length > 0))('%s: shows every source it cites', (_id, t, card) => {
    const shown = [...card.credits, ...card.notes.flatMap((note) => note.credits)];
    for (const source of t.sources) expect(shown).toContainEqual({ from: source.publisher, title: source.title });
  });

  it('credits cauda equina syndrome, which the guide does not cover, to the NHS and the emergency numbers’ own services', () => {
    const card = describeTerm(term('cauda-equina-syndrome'), null);
    expect(card.credits).toEqual([
      { from: 'NHS', title: 'Back pain' },
      { from: 'NHS', title: 'Sciatica' },
      { from: 'National 911 Program', title: 'When should I call 911?' },
      { from: 'European Commission', title: 'Need help? Dial 112' },
    ]);
    expect(JSON.stringify(card)).not.toContain('the guide');
  });

  it('keeps the outside definition of chronic pain apart from the guide’s claim', () => {
    const card = describeTerm(term('chronic-pain'), null);
    expect(card.credits).toEqual([
      { from: 'the guide', title: 'Understanding Back Pain › Effects of back pain on daily life' },
    ]);
    expect(card.notes).toContainEqual({
      text: expect.stringMatching(/weeks, months or even years/),
      credits: [{ from: 'MedlinePlus', title: 'Chronic Pain' }],
    });
    expect(card.summary).not.toMatch(/month/);
  });
});

describe('describePressure', () => {
  it.each([
    ['light-to-moderate', 'Light to moderate'],
    ['firm', 'Firm'],
  ])('%s → %s', (pressure, text) => expect(describePressure(pressure)).toBe(text));
});

describe('describeUnknown', () => {
  it('quotes a long selection only in part and lists the suggestions', () => {
    const card = describeUnknown(`  ${'word '.repeat(40)}`, [term('shiatsu')]);
    expect(card.text.length).toBeLessThanOrEqual(60);
    expect(card.text.endsWith('…')).toBe(true);
    expect(card.closest).toEqual([{ termId: 'shiatsu', name: term('shiatsu').name }]);
  });
});

describe('pickStepIndex', () => {
  const spans = [
    { top: -300, bottom: -280 },
    { top: 100, bottom: 120 },
    { top: 500, bottom: 520 },
    { top: 1200, bottom: 1220 },
  ];
  it.each<[string, number, 'next' | 'previous', number]>([
    ['next from an open card', 1, 'next', 2],
    ['next from the last card wraps to the first', 3, 'next', 0],
    ['previous from the first card wraps to the last', 0, 'previous', 3],
    ['next with no card: the first term in view', -1, 'next', 1],
    ['previous with no card: the last term above the bottom of the view', -1, 'previous', 2],
  ])('%s', (_, current, direction, expected) => {
    expect(pickStepIndex(spans, 800, current, direction)).toBe(expected);
  });

  it('finds nothing on a page without highlights', () => {
    expect(pickStepIndex([], 800, -1, 'next')).toBe(-1);
  });
});

describe('chooseLineBox', () => {
  // A term wrapping from the end of one line to the start of the next.
  const lines = [
    { left: 600, right: 700, top: 100, bottom: 120 },
    { left: 20, right: 110, top: 125, bottom: 145 },
  ];
  it.each<[string, { x: number; y: number } | null, number]>([
    ['the pointer on the first line', { x: 650, y: 110 }, 0],
    ['the pointer on the second line', { x: 60, y: 135 }, 1],
    ['the pointer just beside the second line', { x: 115, y: 140 }, 1],
    ['no pointer (keyboard)', null, 0],
  ])('%s', (_, point, expected) => {
    expect(chooseLineBox(lines, point)).toBe(expected);
  });

  it('is -1 for a term with no boxes (hidden)', () => {
    expect(chooseLineBox([], { x: 0, y: 0 })).toBe(-1);
  });
});

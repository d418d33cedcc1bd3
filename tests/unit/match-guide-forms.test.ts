import { describe, expect, it } from 'vitest';
import { TERMS } from '@/lib/guide';
import { guideForms } from '@/lib/match/guide-forms';
import { compileMatcher } from '@/lib/match/matcher';
import { createSelector, DEFAULT_SELECT_OPTIONS } from '@/lib/match/select';

describe('guideForms', () => {
  const allForms = TERMS.reduce((sum, term) => sum + term.forms.length, 0);

  it('lists every form of every term, each with its term', () => {
    const forms = guideForms(TERMS);
    expect(forms).toHaveLength(allForms);
    expect(forms.map((form) => [form.termId, form.text])).toEqual(
      TERMS.flatMap((term) => term.forms.map((form) => [term.id, form.text])),
    );
  });

  it('carries each form’s context', () => {
    const friction = guideForms(TERMS).filter((f) => f.termId === 'friction');
    const term = TERMS.find((t) => t.id === 'friction')!;
    expect(friction.map((f) => [f.text, f.needsContext])).toEqual(
      term.forms.map((f) => [f.text, f.context === 'needs-context']),
    );
  });
});

describe('the real form index', () => {
  const matcher = compileMatcher(guideForms(TERMS));
  const BOOKING =
    'Book a 60-minute Swedish massage or a deep-tissue massage with a licensed massage therapist (board-certified, ' +
    'NCBTMB). New this spring: hot stone therapy, Thai yoga ' +
    'massage and shiatsu. Tell us about lower back pain, sciatica or a herniated disc when you book; if you have ' +
    'osteoporosis, check with your healthcare provider first. Our Pétrissage and friction work eases muscle tension.';

  it('finds the expected terms in a spa booking blurb', () => {
    const hits = matcher.findAll(BOOKING);
    expect(hits.map((h) => h.termId)).toEqual([
      'swedish-massage',
      'deep-tissue-massage',
      'massage-therapist',
      'ncbtmb',
      'hot-stone-massage',
      'thai-massage',
      'shiatsu',
      'lower-back-pain',
      'sciatica',
      'herniated-disc',
      'osteoporosis',
      'healthcare-provider',
      'petrissage',
      'friction',
      'muscle-tension',
    ]);
    expect(hits.map((h) => BOOKING.slice(h.start, h.end))).toContain('Pétrissage');
    expect(hits.find((h) => h.termId === 'friction')?.needsContext).toBe(true);
  });

  it('keeps a physics paragraph plain', () => {
    const physics = [
      'Compression of a gas raises its temperature, and friction between tyre and road turns motion into heat.',
      'Engineers measure the tension in a cable and the stress in a steel beam before they load it.',
    ];
    const candidates = physics.flatMap((text, block) => matcher.findAll(text).map((m) => ({ ...m, block })));
    expect(candidates.map((c) => c.termId)).toEqual(['compression', 'friction', 'muscle-tension', 'stress']);
    expect(createSelector(DEFAULT_SELECT_OPTIONS).accept(candidates)).toEqual([]);
  });

  it('keeps the everyday words in service names plain: sports, chair, cupping of hands, release, reflex', () => {
    const plain = [
      'The sports desk reports a late winner, and the chair of the league praised both teams.',
      'An oak dining chair and a seated bench with a cushioned back.',
      'Cupping your hands, scoop the dough; cupping the ball keeps it round.',
      'Release notes: this release fixes a leak and speeds up the relaxation of the layout solver.',
      'A reflex angle is larger than 180 degrees; the knee-jerk reflex is tested with a hammer.',
    ];
    const candidates = plain.flatMap((text, block) => matcher.findAll(text).map((m) => ({ ...m, block })));
    expect(candidates.map((c) => c.termId)).toEqual(['relaxation']);
    expect(createSelector(DEFAULT_SELECT_OPTIONS).accept(candidates)).toEqual([]);
  });

  it('finds every line of a spa menu, services the guide does not cover among them', () => {
    const menu =
      'Relaxation Massage · Sports Massage · Prenatal Massage · Myofascial Release · Reflexology · Cupping Therapy · ' +
      'Manual Lymphatic Drainage · Chair Massage · Aromatherapy Massage · Craniosacral Therapy · Couples Massage · ' +
      'Deep Pressure Massage · Hot Stones Massage · Thai Yoga Massage · Swedish-style massage';
    expect(matcher.findAll(menu).map((m) => m.termId)).toEqual([
      'relaxation-massage',
      'sports-massage',
      'prenatal-massage',
      'myofascial-release',
      'reflexology',
      'cupping-therapy',
      'manual-lymphatic-drainage',
      'chair-massage',
      'aromatherapy-massage',
      'craniosacral-therapy',
      'couples-massage',
      'deep-pressure-massage',
      'hot-stone-massage',
      'thai-massage',
      'swedish-massage',
    ]);
  });

  it.each([
    'healthcare professional',
    'healthcare professionals',
    'health care provider',
    'stress',
    'psychological stress',
    'pain tolerance',
    'posture',
    'poor posture',
    'circulation',
    'blood circulation',
    'blood flow',
    'mobility',
    'relaxation',
    'pain relief',
  ])('waits for a page or block about back pain or massage before highlighting "%s"', (form) => {
    const hits = matcher.findAll(`A line with ${form} in it.`);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.needsContext).toBe(true);
  });

  it('keeps a health-news paragraph plain, and highlights the same words beside massage', () => {
    const news =
      'Stress and poor posture are common, and blood flow and mobility fall with age. Pain tolerance varies, so ' +
      'consult a healthcare professional before relying on pain relief.';
    const found = matcher.findAll(news).map((m) => ({ ...m, block: 0 }));
    expect(new Set(found.map((c) => c.termId))).toEqual(
      new Set([
        'stress',
        'poor-posture',
        'blood-circulation',
        'mobility',
        'pain-tolerance',
        'healthcare-provider',
        'pain-relief',
      ]),
    );
    expect(createSelector(DEFAULT_SELECT_OPTIONS).accept(found)).toEqual([]);

    const spa = `${news} Our Swedish massage and shiatsu sessions help with lower back pain.`;
    const inSpa = matcher.findAll(spa).map((m) => ({ ...m, block: 0 }));
    const shown = createSelector({ ...DEFAULT_SELECT_OPTIONS, density: 'all' }).accept(inSpa);
    expect(shown.map((c) => c.termId)).toEqual(
      expect.arrayContaining(['stress', 'healthcare-provider', 'pain-relief']),
    );
  });

  it('claims no longer name for massage guns or cross-fibre friction; manual lymphatic drainage is a service of its own', () => {
    const text = 'Percussion massage guns, transverse friction, cross-fibre friction and manual lymphatic drainage.';
    expect(matcher.findAll(text).map((m) => [m.termId, text.slice(m.start, m.end)])).toEqual([
      ['friction', 'friction'],
      ['friction', 'friction'],
      ['manual-lymphatic-drainage', 'manual lymphatic drainage'],
    ]);
  });

  it('highlights friction on the booking page, where it is about massage', () => {
    const candidates = matcher.findAll(BOOKING).map((m) => ({ ...m, block: 0 }));
    const selected = createSelector({ ...DEFAULT_SELECT_OPTIONS, density: 'all' }).accept(candidates);
    expect(selected.map((c) => c.termId)).toContain('friction');
  });
});

import { describe, expect, it } from 'vitest';
import type { MatcherForm } from '@/lib/match/form-index';
import { compileMatcher, type TextMatch } from '@/lib/match/matcher';
import {
  createSelector,
  DEFAULT_SELECT_OPTIONS,
  MAX_HELD,
  type Selectable,
  type SelectOptions,
} from '@/lib/match/select';

/** What the selector is given here: where each match sits in the text, for ordering them. */
type Match = Selectable & Pick<TextMatch, 'start' | 'end'>;

/** `u:term@block` is an unambiguous candidate, `c:term@block` a needs-context one. */
function parse(spec: string): Match[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((item, index) => {
      const [, kind, termId, block] = /^([uc]):([\w-]+)@(\d+)$/.exec(item) ?? [];
      if (!kind || !termId || !block) throw new Error(`bad candidate ${item}`);
      return { start: index * 10, end: index * 10 + 5, termId, needsContext: kind === 'c', block: Number(block) };
    });
}
const show = (candidates: readonly Match[]) =>
  candidates.map((c) => `${c.needsContext ? 'c' : 'u'}:${c.termId}@${c.block}`).join(' ');

describe('context gating', () => {
  it.each([
    ['a lone needs-context form stays plain', 'c:friction@1', ''],
    ['one unambiguous hit does not make the page qualify', 'u:massage@1 c:friction@2', 'u:massage@1'],
    ['two unambiguous hits do', 'u:massage@1 u:sciatica@2 c:friction@3', 'u:massage@1 u:sciatica@2 c:friction@3'],
    ['an unambiguous hit in the same block lets it pass', 'c:friction@1 u:massage@1', 'c:friction@1 u:massage@1'],
    ['in another block it does not', 'c:friction@2 u:massage@1', 'u:massage@1'],
    [
      'hits later in the batch count for earlier candidates',
      'c:friction@3 u:massage@1 u:sciatica@2',
      'c:friction@3 u:massage@1 u:sciatica@2',
    ],
    ['needs-context hits never qualify a page', 'c:friction@1 c:compression@2 c:friction@3', ''],
  ])('%s', (_, batch, expected) => {
    expect(show(createSelector<Match>(DEFAULT_SELECT_OPTIONS).accept(parse(batch)))).toBe(expected);
  });

  it.each([
    [1, 'u:massage@1 c:friction@2', 'u:massage@1 c:friction@2'],
    [3, 'u:massage@1 u:sciatica@2 c:friction@3', 'u:massage@1 u:sciatica@2'],
  ])('minPageHits %i', (minPageHits, batch, expected) => {
    expect(show(createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, minPageHits }).accept(parse(batch)))).toBe(expected);
  });
});

describe('held needs-context candidates', () => {
  it.each([
    [
      'released when a later scan makes the page qualify',
      ['c:friction@1', 'u:massage@2 u:sciatica@3'],
      ['', 'c:friction@1 u:massage@2 u:sciatica@3'],
    ],
    ['released when a later scan hits their block', ['c:friction@4', 'u:massage@4'], ['', 'c:friction@4 u:massage@4']],
    ['kept while nothing qualifies them', ['c:friction@4', 'u:massage@2', 'c:compression@5'], ['', 'u:massage@2', '']],
    [
      'returned once, not again',
      ['c:friction@1', 'u:massage@1', 'u:sciatica@2'],
      ['', 'c:friction@1 u:massage@1', 'u:sciatica@2'],
    ],
  ])('%s', (_, batches, expected) => {
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    expect(batches.map((batch) => show(selector.accept(parse(batch))))).toEqual(expected);
  });

  it('counts held candidates only once they pass', () => {
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    selector.accept(parse('c:friction@1 c:friction@2'));
    expect(selector.counts().get('friction')).toBeUndefined();
    selector.accept(parse('u:massage@3 u:massage@4'));
    expect(selector.counts().get('friction')).toBe(2);
  });

  it(`holds at most ${MAX_HELD}`, () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, density: 'all' });
    selector.accept(parse(Array.from({ length: MAX_HELD + 50 }, (_, i) => `c:friction@${i + 10}`).join(' ')));
    expect(selector.accept(parse('u:massage@1 u:massage@2'))).toHaveLength(MAX_HELD + 2);
  });

  it('returns the caller’s own candidate objects', () => {
    const selector = createSelector<Match & { node: string }>(DEFAULT_SELECT_OPTIONS);
    const held = { ...parse('c:friction@1')[0]!, node: 'text node 7' };
    selector.accept([held]);
    const released = selector.accept(parse('u:massage@1').map((c) => ({ ...c, node: 'text node 8' })));
    expect(released[0]).toBe(held);
  });
});

describe('density', () => {
  const SIX = 'u:massage@1 u:massage@2 u:sciatica@2 u:massage@3 u:massage@4 u:massage@5 u:massage@6';
  it.each<[string, Partial<SelectOptions>, string[], string[]]>([
    ['first 3 per term (default)', {}, [SIX], ['u:massage@1 u:massage@2 u:sciatica@2 u:massage@3']],
    ['first 1 per term', { perTerm: 1 }, [SIX], ['u:massage@1 u:sciatica@2']],
    ['all', { density: 'all' }, [SIX], [SIX]],
    [
      'the limit spans scans',
      { perTerm: 2 },
      ['u:massage@1', 'u:massage@2 u:massage@3', 'u:massage@4'],
      ['u:massage@1', 'u:massage@2', ''],
    ],
    [
      'gated-out candidates use no slot',
      { perTerm: 1 },
      ['c:friction@9 u:massage@1', 'u:sciatica@2 c:friction@3'],
      ['u:massage@1', 'c:friction@9 u:sciatica@2'],
    ],
  ])('%s', (_, options, batches, expected) => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, ...options });
    expect(batches.map((batch) => show(selector.accept(parse(batch))))).toEqual(expected);
  });

  it('counts every occurrence, highlighted or not', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 1 });
    selector.accept(parse(SIX));
    expect(Object.fromEntries(selector.counts())).toEqual({ massage: 6, sciatica: 1 });
  });

  it('reset forgets the page', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 1 });
    selector.accept(parse('u:massage@1 u:sciatica@2 c:friction@3'));
    selector.reset();
    expect(selector.counts().size).toBe(0);
    expect(show(selector.accept(parse('u:massage@1 c:friction@3')))).toBe('u:massage@1');
  });
});

const byStart = (a: Match, b: Match) => a.start - b.start;

describe('forgetting candidates whose text went', () => {
  it('lowers the counts and reports nothing to redo when no highlighted occurrence went', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 1 });
    const candidates = parse('u:massage@1 u:massage@2 u:sciatica@3');
    selector.accept(candidates);
    expect(selector.forget([candidates[1]!])).toEqual({ reselectAll: false, terms: new Set() });
    expect(Object.fromEntries(selector.counts())).toEqual({ massage: 1, sciatica: 1 });
  });

  it('names a term whose highlighted occurrence went while another waits, and rank moves the highlight there', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 1 });
    const candidates = parse('u:massage@1 u:massage@2 u:massage@3 u:sciatica@4');
    expect(show(selector.accept(candidates))).toBe('u:massage@1 u:sciatica@4');
    expect(selector.forget([candidates[0]!])).toEqual({ reselectAll: false, terms: new Set(['massage']) });
    expect(selector.rank([candidates[2]!, candidates[1]!], byStart)).toEqual([candidates[1]]);
    // The slot is taken again: a new occurrence waits, as before.
    expect(show(selector.accept(parse('u:massage@5')))).toBe('');
    expect(selector.counts().get('massage')).toBe(3);
  });

  it('names no term when none of its occurrences waits', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 2 });
    const candidates = parse('u:massage@1 u:massage@2 u:sciatica@3');
    selector.accept(candidates);
    expect(selector.forget([candidates[0]!]).terms).toEqual(new Set());
    expect(selector.counts().get('massage')).toBe(1);
  });

  it('asks for a full reselection when the page stops qualifying', () => {
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    const candidates = parse('u:massage@1 u:sciatica@2 c:friction@3');
    expect(show(selector.accept(candidates))).toBe('u:massage@1 u:sciatica@2 c:friction@3');
    expect(selector.forget([candidates[1]!]).reselectAll).toBe(true);
    selector.reset();
    expect(show(selector.accept([candidates[0]!, candidates[2]!]))).toBe('u:massage@1');
  });

  it('asks for one when a block loses the hit that let its needs-context terms pass', () => {
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    const candidates = parse('c:friction@1 u:massage@1');
    selector.accept(candidates);
    expect(selector.forget([candidates[1]!]).reselectAll).toBe(true);
  });

  it('does not ask for one while the page still qualifies', () => {
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    const candidates = parse('u:massage@1 u:sciatica@2 u:shiatsu@3 c:friction@3');
    selector.accept(candidates);
    expect(selector.forget([candidates[2]!]).reselectAll).toBe(false);
  });

  it('drops a held candidate, so a later qualifying scan does not return it', () => {
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    const held = parse('c:friction@9');
    selector.accept(held);
    selector.forget(held);
    expect(show(selector.accept(parse('u:massage@1 u:sciatica@2')))).toBe('u:massage@1 u:sciatica@2');
    expect(selector.counts().has('friction')).toBe(false);
  });
});

describe('rank', () => {
  it('keeps the first perTerm admitted candidates in document order, whatever order they come in', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 2 });
    const candidates = parse('u:massage@1 u:massage@2 u:massage@3 u:massage@4 u:massage@5');
    selector.accept(candidates);
    const shuffled = [candidates[3]!, candidates[0]!, candidates[4]!, candidates[2]!, candidates[1]!];
    let comparisons = 0;
    const counting = (a: Match, b: Match) => (comparisons++, byStart(a, b));
    expect(selector.rank(shuffled, counting)).toEqual([candidates[0], candidates[1]]);
    expect(comparisons).toBeLessThanOrEqual(2 * shuffled.length);
  });

  it('skips candidates that never passed gating', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 1 });
    const held = parse('c:friction@7');
    selector.accept(held);
    expect(selector.rank(held, byStart)).toEqual([]);
  });
});

describe('on real text', () => {
  const FORMS: MatcherForm[] = [
    { text: 'massage', termId: 'massage', needsContext: false },
    { text: 'sciatica', termId: 'sciatica', needsContext: false },
    { text: 'friction', termId: 'friction', needsContext: true },
    { text: 'compression', termId: 'compression', needsContext: true },
    { text: 'kneading', termId: 'kneading', needsContext: true },
  ];
  const matcher = compileMatcher(FORMS);
  /** Blocks are paragraphs here, as the scanner would number them. */
  const candidatesOf = (paragraphs: string[]) =>
    paragraphs.flatMap((text, block) => matcher.findAll(text).map((match) => ({ ...match, block })));

  it('highlights nothing ambiguous on a physics page', () => {
    const physics = [
      'Static friction keeps a parked car from sliding; kinetic friction is usually smaller.',
      'In the compression stroke of an engine the piston squeezes the fuel mixture.',
      'Kneading dough is not physics, but friction heats your hands when you rub them.',
    ];
    const candidates = candidatesOf(physics);
    expect(candidates.length).toBeGreaterThanOrEqual(5); // the matcher does find the words...
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    expect(selector.accept(candidates)).toEqual([]); // ...and gating keeps them plain
    expect(selector.counts().size).toBe(0);
  });

  it('highlights them on a page about massage', () => {
    const blog = [
      'My sciatica flared up, so I booked a massage.',
      'The therapist used kneading and friction along the lower back.',
      'Firm compression on the glutes helped most.',
    ];
    const selected = createSelector<Match>(DEFAULT_SELECT_OPTIONS).accept(candidatesOf(blog));
    expect(selected.map((c) => c.termId)).toEqual(['sciatica', 'massage', 'kneading', 'friction', 'compression']);
  });
});

describe('releasing spare candidates to a tally', () => {
  it('keeps released candidates counted, and forgets them from their tally when their text goes', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, perTerm: 1 });
    const candidates = parse('u:shiatsu@1 u:shiatsu@2 u:shiatsu@3');
    expect(show(selector.accept(candidates))).toBe('u:shiatsu@1');
    const spare = candidates.filter((c) => selector.isSpare(c));
    expect(show(spare)).toBe('u:shiatsu@2 u:shiatsu@3');
    selector.release(spare);
    expect(spare.some((c) => selector.isSpare(c))).toBe(false);
    expect(selector.counts().get('shiatsu')).toBe(3);
    expect(selector.wantsMore('shiatsu')).toBe(false);
    // The drawn one goes: rank finds nothing left to show, and the tally's are wanted back.
    selector.forget([candidates[0]!]);
    expect(selector.rank([], () => 0)).toEqual([]);
    expect(selector.wantsMore('shiatsu')).toBe(true);
    const forgotten = selector.forgetReleased(parse('u:shiatsu@2 u:shiatsu@3'));
    expect(forgotten.terms.size).toBe(0);
    expect(selector.counts().get('shiatsu')).toBeUndefined();
    expect(selector.wantsMore('shiatsu')).toBe(false);
  });

  it('asks for a reselection when forgetting a tally leaves the page unqualified', () => {
    const selector = createSelector<Match>(DEFAULT_SELECT_OPTIONS);
    const candidates = parse('u:massage@1 u:sciatica@2 c:friction@3');
    selector.accept(candidates);
    expect(selector.forgetReleased(parse('u:sciatica@2')).reselectAll).toBe(true);
  });

  it('wants nothing more under density "all", where every admitted candidate is shown', () => {
    const selector = createSelector<Match>({ ...DEFAULT_SELECT_OPTIONS, density: 'all' });
    const candidates = parse('u:shiatsu@1 u:shiatsu@2 u:shiatsu@3 u:shiatsu@4');
    selector.accept(candidates);
    expect(candidates.filter((c) => selector.isSpare(c))).toEqual([]);
    expect(selector.wantsMore('shiatsu')).toBe(false);
  });
});

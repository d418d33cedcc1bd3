import { describe, expect, it } from 'vitest';
import {
  CLOSED,
  nextTarget,
  openTarget,
  stepCard,
  timerFor,
  type CardEvent,
  type CardState,
} from '@/lib/card/hover-intent';

type S = CardState<string>;
type E = CardEvent<string>;
const same = (a: string, b: string) => a === b;
const timing = { dwellMs: 300, graceMs: 250 };

const onTerm = (target: string): E => ({ type: 'point', target, onCard: false });
const onCard: E = { type: 'point', target: null, onCard: true };
const away: E = { type: 'point', target: null, onCard: false };
const timer: E = { type: 'timer' };

const pending = (candidate: string): S => ({ kind: 'pending', candidate });
const hoverOpen = (target: string, hover: 'term' | 'card' | 'away' = 'term', candidate: string | null = null): S => ({
  kind: 'open',
  target,
  sticky: false,
  hover,
  candidate,
});
const pin: E = { type: 'pin' };
const pinnedOpen = (target: string): S => ({
  kind: 'open',
  target,
  sticky: true,
  hover: 'term',
  candidate: null,
  pinned: true,
});
const stickyOpen = (target: string): S => ({ kind: 'open', target, sticky: true, hover: 'term', candidate: null });

/** Runs a sequence of events from the closed state. */
function run(events: E[]): S {
  return events.reduce<S>((state, event) => stepCard(state, event, same), CLOSED);
}

describe('stepCard', () => {
  it.each<[string, S, E, S]>([
    ['resting on a term starts the dwell', CLOSED, onTerm('a'), pending('a')],
    ['moving off during the dwell opens nothing', pending('a'), away, CLOSED],
    ['moving to another term restarts the dwell there', pending('a'), onTerm('b'), pending('b')],
    ['the dwell ending opens the card', pending('a'), timer, hoverOpen('a')],
    ['leaving term and card starts the grace period', hoverOpen('a'), away, hoverOpen('a', 'away')],
    ['reaching the card in the grace period keeps it', hoverOpen('a', 'away'), onCard, hoverOpen('a', 'card')],
    ['coming back to the term keeps it', hoverOpen('a', 'card'), onTerm('a'), hoverOpen('a', 'term')],
    ['the grace period ending closes it', hoverOpen('a', 'away'), timer, CLOSED],
    ['a timer while the pointer is on the card changes nothing', hoverOpen('a', 'card'), timer, hoverOpen('a', 'card')],
    ['resting on another term makes it the candidate', hoverOpen('a'), onTerm('b'), hoverOpen('a', 'away', 'b')],
    ['the candidate replaces the card after the dwell', hoverOpen('a', 'away', 'b'), timer, hoverOpen('b')],
    ['a click opens a sticky card at once', CLOSED, { type: 'activate', target: 'a' }, stickyOpen('a')],
    ['a sticky card ignores the pointer leaving', stickyOpen('a'), away, stickyOpen('a')],
    ['a sticky card ignores timers', stickyOpen('a'), timer, stickyOpen('a')],
    ['Escape closes a hover card', hoverOpen('a', 'card'), { type: 'escape' }, CLOSED],
    ['Escape closes a sticky card', stickyOpen('a'), { type: 'escape' }, CLOSED],
    ['Escape cancels a dwell', pending('a'), { type: 'escape' }, CLOSED],
    ['a dismissal closes the card', stickyOpen('a'), { type: 'dismiss' }, CLOSED],
    ['pinning keeps a hover card whatever the pointer does', hoverOpen('a', 'card', 'b'), pin, pinnedOpen('a')],
    ['pinning keeps a clicked card past a press elsewhere', stickyOpen('a'), pin, pinnedOpen('a')],
    ['a pinned card ignores the pointer leaving', pinnedOpen('a'), away, pinnedOpen('a')],
    ['a pinned card ignores another term', pinnedOpen('a'), onTerm('b'), pinnedOpen('a')],
    ['a pinned card ignores timers', pinnedOpen('a'), timer, pinnedOpen('a')],
    ['pressing the pin again lets the card follow the pointer', pinnedOpen('a'), pin, hoverOpen('a', 'card')],
    ['Escape closes a pinned card', pinnedOpen('a'), { type: 'escape' }, CLOSED],
    ['the close button closes a pinned card', pinnedOpen('a'), { type: 'dismiss' }, CLOSED],
    ['pinning with nothing open does nothing', pending('a'), pin, pending('a')],
  ])('%s', (_, state, event, expected) => {
    expect(stepCard(state, event, same)).toEqual(expected);
  });

  it.each<[string, S, E]>([
    ['more movement on the same term', pending('a'), onTerm('a')],
    ['more movement away from an open card', hoverOpen('a', 'away'), away],
    ['more movement on the card', hoverOpen('a', 'card'), onCard],
    ['more movement on the same candidate', hoverOpen('a', 'away', 'b'), onTerm('b')],
    ['Escape with nothing open', CLOSED, { type: 'escape' }],
  ])('returns the same state object for %s, so the running timer is kept', (_, state, event) => {
    expect(stepCard(state, event, same)).toBe(state);
  });

  it('opens nothing for a pointer sweeping across several terms', () => {
    expect(run([onTerm('a'), onTerm('b'), onTerm('c'), away])).toEqual(CLOSED);
  });

  it('follows the pointer from the term, across the gap, onto the card and out again', () => {
    const opened = run([onTerm('a'), timer, away, onCard]);
    expect(openTarget(opened)).toBe('a');
    expect(run([onTerm('a'), timer, away, onCard, away, timer])).toEqual(CLOSED);
  });
});

describe('nextTarget', () => {
  it.each<[string, S, string | null]>([
    ['nothing while closed', CLOSED, null],
    ['the term the pointer rests on during a dwell', pending('a'), 'a'],
    ['nothing while a card is open with no other term in view', hoverOpen('a'), null],
    ['the other term the pointer rests on while a card is open', hoverOpen('a', 'away', 'b'), 'b'],
  ])('is %s', (_, state, expected) => {
    expect(nextTarget(state)).toBe(expected);
  });
});

describe('timerFor', () => {
  it.each<[string, S, number | null]>([
    ['nothing open', CLOSED, null],
    ['a dwell', pending('a'), 300],
    ['an open card under the pointer', hoverOpen('a'), null],
    ['an open card on the card', hoverOpen('a', 'card'), null],
    ['an open card the pointer left', hoverOpen('a', 'away'), 250],
    ['an open card with a candidate', hoverOpen('a', 'away', 'b'), 300],
    ['a sticky card', stickyOpen('a'), null],
    ['a pinned card', pinnedOpen('a'), null],
  ])('%s', (_, state, expected) => {
    expect(timerFor(state, timing)).toBe(expected);
  });
});

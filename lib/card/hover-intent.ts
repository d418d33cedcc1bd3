/**
 * When the card opens and closes, as a pure state machine over pointer, click, keyboard and timer
 * events. The wiring feeds it events, keeps one timer running for `timerFor(state)`, and renders the
 * card for `openTarget(state)`. A transition that changes nothing returns the very same state object,
 * so the wiring can tell "keep the running timer" from "start a new one".
 *
 * WCAG 1.4.13 (content on hover): the card stays while the pointer is on the term or on the card,
 * closes only a short grace period after the pointer left both (so it can cross the gap), and
 * Escape dismisses it. The dwell keeps a pointer sweeping across a page from opening anything.
 */

/** What the pointer is over while a card is open. */
type Hover = 'term' | 'card' | 'away';

export type CardState<T> =
  | { kind: 'closed' }
  /** The pointer rests on a term; the card opens when the dwell ends. */
  | { kind: 'pending'; candidate: T }
  /**
   * A card is shown. `sticky` cards (opened by click, tap or keyboard) ignore the pointer and close
   * only on Escape or a dismissal; hover cards follow the pointer. `candidate` is another term the
   * pointer now rests on: its card replaces this one when the dwell ends. A `pinned` card is sticky and
   * also outlives a press elsewhere on the page: the person keeps it beside what they read next.
   */
  | { kind: 'open'; target: T; sticky: boolean; hover: Hover; candidate: T | null; pinned?: true };

export type CardEvent<T> =
  /** The pointer moved: onto a term (`target`), onto the card, or elsewhere (`target: null`). */
  | { type: 'point'; target: T | null; onCard: boolean }
  /** The timer from `timerFor` ran out. */
  | { type: 'timer' }
  /** A click, tap or keyboard command asks for a term's card now. */
  | { type: 'activate'; target: T }
  | { type: 'escape' }
  /** The card's pin button: the open card stays until Escape or its close button; again, it follows the pointer. */
  | { type: 'pin' }
  /** A press outside the card and its term, the highlights going away, or the card's close button. */
  | { type: 'dismiss' };

export interface CardTiming {
  /** How long the pointer must rest on a term before its card opens. */
  dwellMs: number;
  /** How long the card survives after the pointer left both term and card. */
  graceMs: number;
}

export const CLOSED: CardState<never> = { kind: 'closed' };

export function stepCard<T>(state: CardState<T>, event: CardEvent<T>, same: (a: T, b: T) => boolean): CardState<T> {
  switch (event.type) {
    case 'escape':
    case 'dismiss':
      return state.kind === 'closed' ? state : CLOSED;
    case 'activate':
      return { kind: 'open', target: event.target, sticky: true, hover: 'term', candidate: null };
    case 'pin':
      return togglePin(state);
    case 'timer':
      return fireTimer(state);
    case 'point':
      return movePointer(state, event.target, event.onCard, same);
  }
}

function togglePin<T>(state: CardState<T>): CardState<T> {
  if (state.kind !== 'open') return state;
  if (!state.pinned) return { ...state, sticky: true, hover: 'term', candidate: null, pinned: true };
  // The button was pressed on the card, so the pointer (if it moves the card at all) is there.
  const { pinned: _, ...rest } = state;
  return { ...rest, sticky: false, hover: 'card' };
}

function fireTimer<T>(state: CardState<T>): CardState<T> {
  if (state.kind === 'pending')
    return { kind: 'open', target: state.candidate, sticky: false, hover: 'term', candidate: null };
  if (state.kind !== 'open' || state.sticky) return state;
  if (state.candidate !== null) return { ...state, target: state.candidate, hover: 'term', candidate: null };
  return state.hover === 'away' ? CLOSED : state;
}

function movePointer<T>(
  state: CardState<T>,
  target: T | null,
  onCard: boolean,
  same: (a: T, b: T) => boolean,
): CardState<T> {
  if (state.kind === 'closed') return target === null || onCard ? state : { kind: 'pending', candidate: target };
  if (state.kind === 'pending') {
    if (target === null || onCard) return CLOSED;
    return same(target, state.candidate) ? state : { kind: 'pending', candidate: target };
  }
  if (state.sticky) return state;
  const hover: Hover = onCard ? 'card' : target !== null && same(target, state.target) ? 'term' : 'away';
  const candidate = hover === 'away' && target !== null ? target : null;
  const unchanged =
    hover === state.hover &&
    (candidate === null ? state.candidate === null : state.candidate !== null && same(candidate, state.candidate));
  return unchanged ? state : { ...state, hover, candidate };
}

/** How long until the next `timer` event is due, or null when no timer should run. */
export function timerFor<T>(state: CardState<T>, timing: CardTiming): number | null {
  if (state.kind === 'pending') return timing.dwellMs;
  if (state.kind !== 'open' || state.sticky) return null;
  if (state.candidate !== null) return timing.dwellMs;
  return state.hover === 'away' ? timing.graceMs : null;
}

/** The term whose card should be on screen. */
export function openTarget<T>(state: CardState<T>): T | null {
  return state.kind === 'open' ? state.target : null;
}

/** The term whose card opens if the dwell now running ends, so its content can be fetched meanwhile. */
export function nextTarget<T>(state: CardState<T>): T | null {
  return state.kind === 'pending' ? state.candidate : state.kind === 'open' ? state.candidate : null;
}

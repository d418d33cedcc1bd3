import type { HighlightSession } from '@/lib/dom/highlight-session';
import { findHighlightAtPoint } from '@/lib/dom/hit-test';
import { onPointerFrames } from '@/lib/input/pointer-frames';
import { onTrustedInput } from '@/lib/input/trusted-input';
import { fromHighlight, type Anchor } from './anchor';
import type { FirstUse } from './card-trigger';
import type { CardEvent, CardState } from './hover-intent';

export interface CardInputSetup {
  session: HighlightSession;
  /** The card's host: input on it is input on the card. */
  host: HTMLElement;
  /** Whether resting the pointer opens cards (the setting), else a click does; read at each event. */
  opensOnHover: () => boolean;
  state: () => CardState<Anchor>;
  requestFrame: (callback: () => void) => unknown;
  signal: AbortSignal;
}

/** `waited`: how long the pointer has already rested on the term (it rested while the card's code loaded). */
export type SendCardEvent = (event: CardEvent<Anchor>, waited?: number) => void;

export interface CardInput {
  /** A point or click the first stage saw before this code listened, as if it happened now. */
  replay(use: Exclude<FirstUse, { type: 'message' }>): void;
}

/**
 * The person's input into card events: the pointer resting on a term or on the card (hover mode),
 * clicks in click mode and taps in either, a press elsewhere, and Escape. Trusted events only. Neither
 * click nor tap is ever cancelled: a term inside a link still follows the link.
 */
export function listenForCardInput(setup: CardInputSetup, send: SendCardEvent): CardInput {
  const { session, host, opensOnHover, state, requestFrame, signal } = setup;
  const highlightAt = (x: number, y: number) => findHighlightAtPoint(document, session, x, y);
  // Whether the pointer is on the card is read at event time: composedPath() is empty once dispatched.
  const isOnCard = (event: Event) => event.composedPath().includes(host);

  const pointAt = (x: number, y: number, onCard: boolean, waited = 0) => {
    const highlight = onCard ? null : highlightAt(x, y);
    send({ type: 'point', target: highlight && fromHighlight(highlight, { x, y }), onCard }, waited);
  };
  const openAt = (x: number, y: number) => {
    const highlight = highlightAt(x, y);
    if (highlight) send({ type: 'activate', target: fromHighlight(highlight, { x, y }) });
  };

  onPointerFrames(
    window,
    (event) => (opensOnHover() ? { x: event.clientX, y: event.clientY, onCard: isOnCard(event) } : null),
    (move) => pointAt(move.x, move.y, move.onCard),
    requestFrame,
    signal,
  );

  let lastPointerType = 'mouse';
  onTrustedInput(
    window,
    'pointerdown',
    (event) => {
      lastPointerType = event.pointerType;
      const now = state();
      const pinned = now.kind === 'open' && now.pinned;
      if (!isOnCard(event) && now.kind === 'open' && !pinned && !highlightAt(event.clientX, event.clientY))
        send({ type: 'dismiss' });
    },
    signal,
  );
  onTrustedInput(
    window,
    'click',
    (event) => {
      if (isOnCard(event) || (opensOnHover() && lastPointerType === 'mouse')) return;
      openAt(event.clientX, event.clientY);
    },
    signal,
  );
  onTrustedInput(
    window,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state().kind !== 'closed') send({ type: 'escape' });
    },
    signal,
  );

  return {
    replay(use) {
      if (use.type === 'click') {
        lastPointerType = use.pointerType;
        openAt(use.x, use.y);
      } else if (opensOnHover()) pointAt(use.x, use.y, false, performance.now() - use.since);
    },
  };
}

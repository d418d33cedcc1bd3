import type { ContentScriptContext } from '#imports';
import type { HighlightSession } from '@/lib/dom/highlight-session';
import type { PageHighlight } from '@/lib/dom/highlight-session';
import { findHighlightAtPoint } from '@/lib/dom/hit-test';
import type { Message } from '@/lib/messages';
import { messageType } from '@/lib/message-type';
import { onPointerFrames } from '@/lib/input/pointer-frames';
import { onTrustedInput } from '@/lib/input/trusted-input';
import { onRuntimeMessage } from '@/lib/content/runtime-messages';
import { removeStaleCardHosts } from './card-host';

/** What made a person need the card first: replayed by the card's code once it has loaded. */
export type FirstUse =
  /**
   * Where the pointer is now, and since when (performance.now()) it has been on the highlight there:
   * the dwell is counted from then, so the time the card's code takes to load is hidden in it.
   */
  | { type: 'point'; x: number; y: number; since: number }
  | { type: 'click'; x: number; y: number; pointerType: string }
  /** A command, unchecked: the card's code parses it with the message schema. */
  | { type: 'message'; message: unknown };

export interface CardsHandoff {
  ctx: ContentScriptContext;
  session: HighlightSession;
  /**
   * Ends the first stage's following and returns what to replay: where the pointer is at that moment,
   * a move not yet read included. The card's code calls it once its own listeners are in place, so no
   * move falls between the two (its setup awaits the settings while the pointer goes on moving).
   */
  release: () => FirstUse;
}

const now = () => performance.now();
const sameStart = (a: PageHighlight, b: PageHighlight) =>
  a.range.startContainer === b.range.startContainer && a.range.startOffset === b.range.startOffset;

/** Where the first stage leaves its state for the card's code; both run in the extension's isolated world. */
const HANDOFF = Symbol.for('relief-lens.cards');
type WithHandoff = typeof globalThis & { [HANDOFF]?: CardsHandoff | null };

/** The card's code takes the handoff once; a second injection finds nothing and does nothing. */
export function takeCardsHandoff(): CardsHandoff | null {
  const scope = globalThis as WithHandoff;
  const handoff = scope[HANDOFF] ?? null;
  scope[HANDOFF] = null;
  return handoff;
}

/**
 * The cheap first stage of cards: trusted-event listeners and the keyboard commands' messages, no
 * Preact, no Floating UI, no card protocol. The first time the person rests the pointer on, clicks or
 * taps a highlight, or uses a command, it asks the background to inject the card's code into this frame
 * (`card.js`, run in the same isolated world) and hands over what it knows. It asks as soon as the
 * pointer enters a highlight, and follows the pointer until the card's code takes over: the card then
 * opens for the term the pointer rests on, not for one it crossed on the way (a glide across a
 * page's first terms), and its dwell, counted from the pointer's arrival, hides the load.
 */
export function startCards(ctx: ContentScriptContext, session: HighlightSession): void {
  removeStaleCardHosts(document);
  const stage = new AbortController();
  ctx.onInvalidated(() => stage.abort());

  const following = new AbortController();
  ctx.onInvalidated(() => following.abort());
  /** What the card's code will replay; set once loading starts, then kept up with the pointer. */
  let first: FirstUse | null = null;
  let under: PageHighlight | null = null;
  const load = (use: FirstUse) => {
    if (stage.signal.aborted || ctx.isInvalid) return;
    stage.abort();
    if (use.type !== 'point') following.abort();
    first = use;
    const release = () => {
      moves.flush();
      following.abort();
      return first ?? use;
    };
    (globalThis as WithHandoff)[HANDOFF] = { ctx, session, release };
    void browser.runtime.sendMessage({ type: 'load-card' } satisfies Message).catch(() => undefined);
  };
  // Most pages hold no highlight: they skip the caret lookup, which makes the browser lay the page out.
  const highlightAt = (x: number, y: number) =>
    session.highlights().length > 0 ? findHighlightAtPoint(document, session, x, y) : null;
  const onHighlight = (event: MouseEvent) => highlightAt(event.clientX, event.clientY) !== null;

  /** Follows the pointer, once a frame or on release, keeping when it came to the highlight it is on. */
  const follow = (at: { x: number; y: number }) => {
    const highlight = highlightAt(at.x, at.y);
    const previous = first?.type === 'point' ? first : null;
    const stayed = highlight && under && previous && sameStart(highlight, under);
    const since = stayed ? previous.since : now();
    under = highlight;
    if (first) first = { type: 'point', ...at, since };
    else if (highlight) load({ type: 'point', ...at, since });
  };
  const moves = onPointerFrames(
    window,
    (event) => ({ x: event.clientX, y: event.clientY }),
    follow,
    (callback) => ctx.requestAnimationFrame(callback),
    following.signal,
  );
  let pointerType = 'mouse';
  onTrustedInput(window, 'pointerdown', (event) => (pointerType = event.pointerType), stage.signal);
  onTrustedInput(
    window,
    'click',
    (event) => onHighlight(event) && load({ type: 'click', x: event.clientX, y: event.clientY, pointerType }),
    stage.signal,
  );

  const onMessage = (raw: unknown) => {
    const type = messageType(raw);
    if (type === 'explain-selection' || type === 'step-highlight') load({ type: 'message', message: raw });
    return undefined; // no answer: other listeners may reply to other messages
  };
  stage.signal.addEventListener('abort', onRuntimeMessage(onMessage));
}

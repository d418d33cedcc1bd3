import type { ContentScriptContext } from '#imports';
import type { HighlightSession } from '@/lib/dom/highlight-session';
import { findHighlightAtPoint } from '@/lib/dom/hit-test';
import type { Message } from '@/lib/messages';
import { messageType } from '@/lib/message-type';
import { onTrustedInput } from './trusted-input';
import { removeStaleCardHosts } from '@/lib/card/card-host';

/** What made a person need the card first: replayed by the card's code once it has loaded. */
export type FirstUse =
  | { type: 'point'; x: number; y: number }
  | { type: 'click'; x: number; y: number; pointerType: string }
  /** A command, unchecked: the card's code parses it with the message schema. */
  | { type: 'message'; message: unknown };

export interface CardsHandoff {
  ctx: ContentScriptContext;
  session: HighlightSession;
  first: FirstUse;
}

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
 * (`card.js`, run in the same isolated world), hands over what it knows and stops listening.
 */
export function startCards(ctx: ContentScriptContext, session: HighlightSession): void {
  removeStaleCardHosts(document);
  const stage = new AbortController();
  ctx.onInvalidated(() => stage.abort());

  const load = (first: FirstUse) => {
    if (stage.signal.aborted || ctx.isInvalid) return;
    stage.abort();
    (globalThis as WithHandoff)[HANDOFF] = { ctx, session, first };
    void browser.runtime.sendMessage({ type: 'load-card' } satisfies Message).catch(() => undefined);
  };
  // Most pages hold no highlight: they skip the caret lookup, which makes the browser lay the page out.
  const highlightAt = (x: number, y: number) =>
    session.highlights().length > 0 && findHighlightAtPoint(document, session, x, y) !== null;
  const onHighlight = (event: MouseEvent) => highlightAt(event.clientX, event.clientY);

  let moved: { x: number; y: number } | null = null;
  onTrustedInput(
    window,
    'pointermove',
    (event) => {
      if (event.pointerType !== 'mouse') return;
      if (moved === null) {
        ctx.requestAnimationFrame(() => {
          const at = moved;
          moved = null;
          if (at && highlightAt(at.x, at.y)) load({ type: 'point', ...at });
        });
      }
      moved = { x: event.clientX, y: event.clientY };
    },
    stage.signal,
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
  browser.runtime.onMessage.addListener(onMessage);
  stage.signal.addEventListener('abort', () => {
    // After a reload or disable the listener is gone with the extension context, and removing it throws.
    if (browser.runtime?.id) browser.runtime.onMessage.removeListener(onMessage);
  });
}

import { afterEach } from 'vitest';
import { createCardEffects, type CardClock, type CardEffects } from '@/lib/card/card-effects';
import { createCardFetcher } from '@/lib/card/card-fetcher';
import { createCardHost, type CardHost } from '@/lib/card/card-host';
import type { CardProps, CardView } from '@/lib/card/card-view';
import type { HighlightSession, PageHighlight } from '@/lib/dom/highlight-session';
import { toLiveRange } from '@/lib/dom/hit-test';
import type { Message } from '@/lib/messages';

/** A highlight over `text` from `start` to `end`, as the session draws it. */
export function highlight(termId: string, text: Text, start: number, end: number): PageHighlight {
  return {
    termId,
    range: new StaticRange({ startContainer: text, startOffset: start, endContainer: text, endOffset: end }),
  };
}

/** A stand-in for the page's session: the given highlights, found by caret position as the session finds them. */
export function sessionOf(highlights: PageHighlight[]): HighlightSession {
  return {
    highlights: () => highlights,
    highlightAt: (node, offset) =>
      highlights.find(({ range }) => {
        const live = toLiveRange(document, range);
        return live.comparePoint(node, offset) === 0 && !(node === range.endContainer && offset === range.endOffset);
      }) ?? null,
    counts: () => new Map(),
    onChange: () => () => undefined,
    update: () => undefined,
    restart: () => undefined,
    stop: () => undefined,
  };
}

/** The middle of a range's first box, where a person would point at it. */
export function middleOf(range: AbstractRange): { x: number; y: number } {
  const box = toLiveRange(document, range).getClientRects()[0]!;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * A card view that draws plain elements: a card with its term's id and a button, focused when the
 * card takes focus, and every drawing's props kept for the test to read.
 */
function recordingView(): CardView & { drawings: (CardProps | null)[] } {
  const drawings: (CardProps | null)[] = [];
  return {
    css: '.card{position:fixed;width:200px;height:80px;background:#fff}',
    drawings,
    render(container, props) {
      drawings.push(props);
      container.replaceChildren();
      if (!props) return null;
      const card = document.createElement('div');
      card.className = 'card';
      card.dataset.term = props.content.kind === 'term' ? props.content.termId : 'unknown';
      const button = document.createElement('button');
      button.textContent = props.notice ?? 'Close';
      card.append(button);
      container.append(card);
      if (props.takeFocus) button.focus();
      return card;
    },
  };
}

const hosts: CardHost[] = [];
/** A card host in this page, removed after the test. */
export function cardHost(css: string): CardHost {
  const host = createCardHost(document, css);
  hosts.push(host);
  return host;
}
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

/** The page's timers, with each delay asked for kept. */
function recordingClock(): CardClock & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    isInvalid: false,
    setTimeout: (handler: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return window.setTimeout(handler, ms);
    },
    setInterval: (handler: () => void, ms?: number) => window.setInterval(handler, ms),
  } as CardClock & { delays: number[] };
}

export interface EffectsSetup {
  effects: CardEffects;
  view: ReturnType<typeof recordingView>;
  ui: CardHost;
  clock: ReturnType<typeof recordingClock>;
}

/**
 * The card's effects in a host of this page, drawing with a recording view; `send` answers the card
 * requests, and the card is pinned while `pinned()` says so.
 */
export function effectsFor(
  send: (message: Message) => Promise<unknown>,
  options: { pinned?: () => boolean; onOpened?: () => void } = {},
): EffectsSetup {
  const view = recordingView();
  const ui = cardHost(view.css);
  const clock = recordingClock();
  const effects = createCardEffects({
    ui,
    view,
    cards: createCardFetcher(send),
    clock,
    extras: () => ({
      textSize: 'standard',
      pinned: options.pinned?.() ?? false,
      onPin: () => undefined,
      onAction: () => undefined,
      onClose: () => undefined,
    }),
    onOpened: options.onOpened ?? (() => undefined),
  });
  return { effects, view, ui, clock };
}

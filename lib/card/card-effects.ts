import type { ContentScriptContext } from '#imports';
import type { CardHost } from './card-host';
import type { CardProps, CardView } from './card-view';
import { placeCard } from '@/lib/dom/card-position';
import { chooseCardTheme } from '@/lib/dom/page-theme';
import type { CardContent } from '@/lib/messages';
import type { Anchor } from './anchor';
import type { CardFetcher } from './card-fetcher';

/** What a drawing of the card takes from the controller: its settings, pin and handlers. */
type CardExtras = Pick<CardProps, 'textSize' | 'pinned' | 'onPin' | 'onAction' | 'onClose'>;

/** The timers and the validity of the extension's context (WXT's ctx, or a stand-in in tests). */
export type CardClock = Pick<ContentScriptContext, 'setTimeout' | 'setInterval' | 'isInvalid'>;

export interface CardEffectsSetup {
  ui: CardHost;
  view: CardView;
  cards: CardFetcher;
  clock: CardClock;
  extras: (anchor: Anchor, content: CardContent) => CardExtras;
  /** A card came on screen: the other frames of the tab close theirs. */
  onOpened: () => void;
}

export interface CardEffects {
  /** Runs `fire` after `delay` less what was `waited` already (null: no timer), in place of the running one. */
  schedule(delay: number | null, waited: number, fire: () => void): void;
  /** Fetches the anchor's card and draws it, unless another was asked for meanwhile; null closes the card. */
  show(anchor: Anchor | null, takeFocus: boolean): void;
  /** Asks for a card that may open soon, so it is in when the dwell ends. */
  prefetch(anchor: Anchor): void;
  /** The anchor whose card is on screen or on its way. */
  shown(): Anchor | null;
  /** Draws the card on screen again: another pin, theme or text size. */
  redraw(): void;
  /** Draws the anchor's card again with why the last action did nothing, if that card is still shown. */
  notify(anchor: Anchor, content: CardContent, notice: string): void;
  /** Remembers where focus is, to return it there when a card opened from the keyboard closes. */
  rememberFocus(): void;
  /** Removes the card and its host, for good. */
  dispose(): void;
}

/**
 * The card's effects: the state machine's timer, the race between card requests, drawing and
 * placing the card in its host, and focus going into the card and back. It decides nothing: the
 * controller tells it which card should be on screen.
 */
export function createCardEffects({ ui, view, cards, clock, extras, onOpened }: CardEffectsSetup): CardEffects {
  let shown: Anchor | null = null;
  let stopPlacing: (() => void) | null = null;
  let timer: number | undefined;
  let watching: number | undefined;
  /** Where focus was before a keyboard path moved it into the card. */
  let returnFocus: Element | null = null;
  /** What the card on screen shows, to draw it again with another pin, theme or text size. */
  let drawn: { content: CardContent; anchor: Anchor; notice: string | undefined } | null = null;

  const close = () => {
    if (ui.root.activeElement && returnFocus instanceof HTMLElement) returnFocus.focus();
    returnFocus = null;
    view.render(ui.container, null);
    drawn = null;
    ui.hide();
    window.clearInterval(watching);
    watching = undefined;
    shown = null;
    cards.forget();
  };

  const draw = (content: CardContent, anchor: Anchor, takeFocus: boolean, notice?: string) => {
    stopPlacing?.();
    ui.show();
    drawn = { content, anchor, notice };
    const card = view.render(ui.container, {
      content,
      takeFocus,
      notice,
      theme: chooseCardTheme(window, anchor.range.startContainer.parentElement),
      ...extras(anchor, content),
    });
    if (card) stopPlacing = placeCard(document, anchor.range, card, anchor.point);
  };

  return {
    schedule(delay, waited, fire) {
      window.clearTimeout(timer);
      if (delay !== null) timer = clock.setTimeout(fire, Math.max(0, delay - waited));
    },
    show(anchor, takeFocus) {
      stopPlacing?.();
      stopPlacing = null;
      if (!anchor) return close();
      shown = anchor;
      void cards.fetch(anchor).then((content) => {
        // A newer card (or none) was asked for while this one was on its way.
        if (shown !== anchor || clock.isInvalid) return;
        if (!content) return close();
        draw(content, anchor, takeFocus);
        // WXT's timers check the extension context as they fire; while a card is open one does so each
        // second, so a reload or disable of the extension closes it (through ctx.onInvalidated).
        watching ??= clock.setInterval(() => undefined, 1000);
        onOpened();
      });
    },
    prefetch(anchor) {
      void cards.fetch(anchor);
    },
    shown: () => shown,
    redraw() {
      if (drawn && shown === drawn.anchor) draw(drawn.content, drawn.anchor, false, drawn.notice);
    },
    notify(anchor, content, notice) {
      if (shown === anchor) draw(content, anchor, false, notice);
    },
    rememberFocus() {
      returnFocus ??= document.activeElement;
    },
    dispose() {
      view.render(ui.container, null);
      ui.remove();
      stopPlacing?.();
    },
  };
}

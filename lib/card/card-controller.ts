import type { ContentScriptContext } from '#imports';
import type { FirstUse } from './card-trigger';
import { createCardHost } from './card-host';
import type { CardAction, CardView } from './card-view';
import { placeCard } from '@/lib/dom/card-position';
import { chooseCardTheme } from '@/lib/dom/page-theme';
import type { HighlightSession } from '@/lib/dom/highlight-session';
import { findHighlightAtPoint, findHighlightInSelection, toLiveRange } from '@/lib/dom/hit-test';
import { revealRange } from '@/lib/dom/reveal-range';
import { DESCRIBE_TEXT_LIMIT, parseMessage, type CardContent, type Message } from '@/lib/messages';
import { fromHighlight, sameAnchor, type Anchor } from './anchor';
import { createCardFetcher } from './card-fetcher';
import { CLOSED, nextTarget, openTarget, stepCard, timerFor, type CardEvent, type CardState } from './hover-intent';
import { pickStepIndex } from './step-target';
import { releaseQuietly } from '@/lib/content/release-quietly';
import { onPointerFrames } from '@/lib/input/pointer-frames';
import { onTrustedInput } from '@/lib/input/trusted-input';
import { loadSettings, setSiteEnabled, watchSettings } from '@/lib/settings/settings';

/** Grace after the pointer leaves both term and card (WCAG 1.4.13: time to cross the gap). */
const GRACE_MS = 300;

/**
 * The card controller: pointer, click, tap, keyboard and context-menu paths into one hover-intent
 * state machine (./hover-intent.ts), the card's requests, actions, stepping and selection lookup, and
 * the card in its host (./card-host.ts). `view` draws the card; `takeFirst` gives what made the person
 * need it, replayed once this code listens for itself. Teardown is WXT's ctx.
 */
export async function startCardController(
  ctx: ContentScriptContext,
  session: HighlightSession,
  takeFirst: () => FirstUse,
  view: CardView,
): Promise<void> {
  let settings = await loadSettings();
  ctx.onInvalidated(
    releaseQuietly(
      watchSettings((next) => {
        const resize = next.textSize !== settings.textSize;
        settings = next;
        if (resize) redraw();
      }),
    ),
  );

  const ui = createCardHost(document, view.css);
  ctx.onInvalidated(() => {
    view.render(ui.container, null);
    ui.remove();
  });

  let state: CardState<Anchor> = CLOSED;
  let shown: Anchor | null = null;
  let stopPlacing: (() => void) | null = null;
  let timer: number | undefined;
  let watching: number | undefined;
  /** Where focus was before a keyboard path moved it into the card. */
  let returnFocus: Element | null = null;
  // WXT removes the shadow root when the extension is updated or disabled; the placement listeners go too.
  ctx.onInvalidated(() => stopPlacing?.());

  const cards = createCardFetcher((message) => browser.runtime.sendMessage(message));
  /** This frame among the tab's frames, so a card opening here closes the others' (one card per tab). */
  const frame = Math.random().toString(36).slice(2);

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

  const show = (anchor: Anchor | null, takeFocus: boolean) => {
    stopPlacing?.();
    stopPlacing = null;
    if (!anchor) return close();
    shown = anchor;
    void cards.fetch(anchor).then((content) => {
      // A newer card (or none) was asked for while this one was on its way.
      if (shown !== anchor || ctx.isInvalid) return;
      if (!content) return close();
      draw(content, anchor, takeFocus);
      // WXT's timers check the extension context as they fire; while a card is open one does so each
      // second, so a reload or disable of the extension closes it (through ctx.onInvalidated).
      watching ??= ctx.setInterval(() => undefined, 1000);
      void browser.runtime.sendMessage({ type: 'card-opened', frame } satisfies Message).catch(() => undefined);
    });
  };

  /** What the card on screen shows, to draw it again with another pin, theme or text size. */
  let drawn: { content: CardContent; anchor: Anchor; notice: string | undefined } | null = null;
  const draw = (content: CardContent, anchor: Anchor, takeFocus: boolean, notice?: string) => {
    stopPlacing?.();
    ui.show();
    drawn = { content, anchor, notice };
    const card = view.render(ui.container, {
      content,
      takeFocus,
      notice,
      theme: chooseCardTheme(window, anchor.range.startContainer.parentElement),
      textSize: settings.textSize,
      pinned: state.kind === 'open' && state.pinned === true,
      onPin: () => {
        dispatch({ type: 'pin' });
        redraw();
      },
      onAction: (action) => void act(anchor, content, action),
      onClose: () => dispatch({ type: 'escape' }),
    });
    if (card) stopPlacing = placeCard(document, anchor.range, card, anchor.point);
  };
  const redraw = () => {
    if (drawn && shown === drawn.anchor) draw(drawn.content, drawn.anchor, false, drawn.notice);
  };
  // The system's scheme decides where the page paints no background of its own; it can change while a card is open.
  const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
  darkScheme.addEventListener('change', redraw, { signal: ctx.signal });

  /** `waited`: how long the pointer has already rested on the term (it rested while the card's code loaded). */
  const dispatch = (event: CardEvent<Anchor>, takeFocus = false, waited = 0) => {
    const next = stepCard(state, event, sameAnchor);
    if (next === state) return;
    state = next;
    window.clearTimeout(timer);
    const delay = timerFor(state, { dwellMs: settings.hoverDelayMs, graceMs: GRACE_MS });
    if (delay !== null) timer = ctx.setTimeout(() => dispatch({ type: 'timer' }), Math.max(0, delay - waited));
    const target = openTarget(state);
    if (takeFocus || !target || !shown || !sameAnchor(target, shown)) show(target, takeFocus);
    const upcoming = nextTarget(state);
    if (upcoming) void cards.fetch(upcoming);
  };

  const openFromKeyboard = (anchor: Anchor) => {
    returnFocus ??= document.activeElement;
    dispatch({ type: 'activate', target: anchor }, true);
  };

  async function act(anchor: Anchor, content: CardContent, action: CardAction): Promise<void> {
    switch (action.type) {
      case 'read-more':
        return void (await browser.runtime.sendMessage({
          type: 'open-guide',
          termId: action.termId,
        } satisfies Message));
      case 'check':
        return void (await browser.runtime.sendMessage({
          type: 'open-checker',
          technique: action.technique,
        } satisfies Message));
      case 'disable-site':
        try {
          await setSiteEnabled(location.hostname, false);
          dispatch({ type: 'dismiss' });
        } catch (error) {
          // The list is full: the card stays and says so; nothing was saved.
          if (shown === anchor) draw(content, anchor, false, error instanceof Error ? error.message : String(error));
        }
        return;
      case 'show-term':
        return openFromKeyboard({ ...anchor, termId: action.termId, highlighted: false });
    }
  }

  const pointAt = (x: number, y: number, onCard: boolean, waited = 0) => {
    const highlight = onCard ? null : findHighlightAtPoint(document, session, x, y);
    dispatch({ type: 'point', target: highlight && fromHighlight(highlight, { x, y }), onCard }, false, waited);
  };
  const openAt = (x: number, y: number) => {
    const highlight = findHighlightAtPoint(document, session, x, y);
    if (highlight) dispatch({ type: 'activate', target: fromHighlight(highlight, { x, y }) });
  };

  const isOnCard = (event: Event) => event.composedPath().includes(ui.host);
  const hitTest = (event: MouseEvent) => findHighlightAtPoint(document, session, event.clientX, event.clientY);

  // Pointer hover. Whether the pointer is on the card is read at event time.
  onPointerFrames(
    window,
    (event) => (settings.openOn === 'hover' ? { x: event.clientX, y: event.clientY, onCard: isOnCard(event) } : null),
    (move) => pointAt(move.x, move.y, move.onCard),
    (callback) => ctx.requestAnimationFrame(callback),
    ctx.signal,
  );

  // Clicks open a card in click mode; taps open one on touch screens. Neither is ever cancelled: a
  // term inside a link still follows the link.
  let lastPointerType = 'mouse';
  onTrustedInput(
    window,
    'pointerdown',
    (event) => {
      lastPointerType = event.pointerType;
      const pinned = state.kind === 'open' && state.pinned;
      if (!isOnCard(event) && state.kind === 'open' && !pinned && !hitTest(event)) dispatch({ type: 'dismiss' });
    },
    ctx.signal,
  );
  onTrustedInput(
    window,
    'click',
    (event) => {
      if (isOnCard(event) || (settings.openOn !== 'click' && lastPointerType === 'mouse')) return;
      openAt(event.clientX, event.clientY);
    },
    ctx.signal,
  );
  onTrustedInput(
    window,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state.kind !== 'closed') dispatch({ type: 'escape' });
    },
    ctx.signal,
  );

  // Highlights that went away (the site was switched off, the page changed) take their card with them.
  ctx.onInvalidated(
    session.onChange(() => {
      const target = openTarget(state);
      const gone = target?.highlighted && !session.highlights().some((h) => sameAnchor(fromHighlight(h, null), target));
      if (gone) dispatch({ type: 'dismiss' });
    }),
  );

  const onMessage = (raw: unknown) => {
    const message = parseMessage(raw);
    if (message?.type === 'explain-selection') explainSelection(message.text);
    if (message?.type === 'close-card' && message.except !== frame) dispatch({ type: 'dismiss' });
    if (message?.type === 'step-highlight') stepHighlight(message.direction);
    return undefined; // no answer: other listeners may reply to other messages
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    // Gone with the extension context already when that is why we are here; removing it then throws.
    if (browser.runtime?.id) browser.runtime.onMessage.removeListener(onMessage);
  });

  // What the first stage saw before this code was loaded (lib/card/card-trigger.ts), up to now.
  const first = takeFirst();
  if (first.type === 'message') onMessage(first.message);
  else if (first.type === 'click') {
    lastPointerType = first.pointerType;
    openAt(first.x, first.y);
  } else if (settings.openOn === 'hover') pointAt(first.x, first.y, false, performance.now() - first.since);

  function explainSelection(text: string | undefined): void {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const highlight = findHighlightInSelection(document, session, selection);
    if (highlight) return openFromKeyboard(fromHighlight(highlight, null));
    const asked = (text ?? selection.toString()).trim().slice(0, DESCRIBE_TEXT_LIMIT);
    if (!asked) return;
    const range = selection.getRangeAt(0).cloneRange();
    openFromKeyboard({ range, termId: null, highlighted: false, text: asked, point: null });
  }

  function stepHighlight(direction: 'next' | 'previous'): void {
    const highlights = session.highlights();
    const current = openTarget(state);
    const spans = highlights.map((h) => toLiveRange(document, h.range).getBoundingClientRect());
    const index = current ? highlights.findIndex((h) => sameAnchor(fromHighlight(h, null), current)) : -1;
    const highlight = highlights[pickStepIndex(spans, window.innerHeight, index, direction)];
    if (!highlight) return;
    revealRange(document, highlight.range);
    openFromKeyboard(fromHighlight(highlight, null));
  }
}

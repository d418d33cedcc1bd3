import type { ContentScriptContext } from '#imports';
import type { FirstUse } from './card-trigger';
import { createCardHost } from './card-host';
import type { CardView } from './card-view';
import type { HighlightSession } from '@/lib/dom/highlight-session';
import { parseMessage, type Message } from '@/lib/messages';
import { fromHighlight, sameAnchor, type Anchor } from './anchor';
import { createCardActions } from './card-actions';
import { createCardEffects } from './card-effects';
import { createCardFetcher } from './card-fetcher';
import { listenForCardInput } from './card-input';
import { createCardMachine } from './card-machine';
import { openTarget, type CardState } from './hover-intent';
import { onRuntimeMessage } from '@/lib/content/runtime-messages';
import { loadSettings, setSiteEnabled, watchSettings } from '@/lib/settings/settings';

/** Grace after the pointer leaves both term and card (WCAG 1.4.13: time to cross the gap). */
const GRACE_MS = 300;

/**
 * The card controller wires the card's parts: the person's input (./card-input.ts) into one
 * hover-intent state machine (./card-machine.ts), whose state the effects (./card-effects.ts) put on
 * screen in the card's host (./card-host.ts), and the actions of the card and the keyboard commands
 * (./card-actions.ts). `view` draws the card; `takeFirst` gives what made the person need it,
 * replayed once this code listens for itself. Teardown is WXT's ctx.
 */
export async function startCardController(
  ctx: ContentScriptContext,
  session: HighlightSession,
  takeFirst: () => FirstUse,
  view: CardView,
): Promise<void> {
  let settings = await loadSettings();
  ctx.onInvalidated(
    watchSettings((next) => {
      const resize = next.textSize !== settings.textSize;
      settings = next;
      if (resize) effects.redraw();
    }),
  );

  /** This frame among the tab's frames, so a card opening here closes the others' (one card per tab). */
  const frame = Math.random().toString(36).slice(2);
  const send = (message: Message) => browser.runtime.sendMessage(message);

  const ui = createCardHost(document, view.css);
  const effects = createCardEffects({
    ui,
    view,
    cards: createCardFetcher(send),
    clock: ctx,
    extras: (anchor, content) => ({
      textSize: settings.textSize,
      pinned: isPinned(state()),
      onPin: () => {
        dispatch({ type: 'pin' });
        effects.redraw();
      },
      onAction: (action) => void actions.act(anchor, content, action),
      onClose: () => dispatch({ type: 'escape' }),
    }),
    onOpened: () => void send({ type: 'card-opened', frame }).catch(() => undefined),
  });
  const machine = createCardMachine(effects, () => ({ dwellMs: settings.hoverDelayMs, graceMs: GRACE_MS }));
  const { dispatch } = machine;
  const state = () => machine.state();
  // WXT removes the shadow root when the extension is updated or disabled; the placement listeners go too.
  ctx.onInvalidated(() => effects.dispose());
  // The system's scheme decides where the page paints no background of its own; it can change while a card is open.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => effects.redraw(), {
    signal: ctx.signal,
  });

  const openFromKeyboard = (anchor: Anchor) => {
    effects.rememberFocus();
    dispatch({ type: 'activate', target: anchor }, true);
  };
  const actions = createCardActions({
    session,
    send,
    disableSite: () => setSiteEnabled(location.hostname, false),
    open: openFromKeyboard,
    dismiss: () => dispatch({ type: 'dismiss' }),
    current: () => openTarget(state()),
    notify: (anchor, content, notice) => effects.notify(anchor, content, notice),
  });

  const input = listenForCardInput(
    {
      session,
      host: ui.host,
      opensOnHover: () => settings.openOn === 'hover',
      state,
      requestFrame: (callback) => ctx.requestAnimationFrame(callback),
      signal: ctx.signal,
    },
    (event, waited) => dispatch(event, false, waited),
  );

  // Highlights that went away (the site was switched off, the page changed) take their card with them.
  ctx.onInvalidated(
    session.onChange(() => {
      const target = openTarget(state());
      const gone = target?.highlighted && !session.highlights().some((h) => sameAnchor(fromHighlight(h, null), target));
      if (gone) dispatch({ type: 'dismiss' });
    }),
  );

  const onMessage = (message: Message) => {
    if (message.type === 'explain-selection') actions.explainSelection(message.text);
    if (message.type === 'close-card' && message.except !== frame) dispatch({ type: 'dismiss' });
    if (message.type === 'step-highlight') actions.stepHighlight(message.direction);
  };
  listenForMessages(ctx, onMessage);

  // What the first stage saw before this code was loaded (./card-trigger.ts), up to now.
  const first = takeFirst();
  if (first.type !== 'message') input.replay(first);
  else {
    const message = parseMessage(first.message);
    if (message) onMessage(message);
  }
}

const isPinned = (state: CardState<Anchor>) => state.kind === 'open' && state.pinned === true;

/** The extension's messages to this frame, parsed, until the extension goes. Other listeners answer. */
function listenForMessages(ctx: ContentScriptContext, handle: (message: Message) => void): void {
  ctx.onInvalidated(
    onRuntimeMessage((raw) => {
      const message = parseMessage(raw);
      if (message) handle(message);
      return undefined; // no answer: other listeners may reply to other messages
    }),
  );
}

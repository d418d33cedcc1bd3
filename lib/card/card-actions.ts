import type { CardAction } from './card-view';
import type { HighlightSession } from '@/lib/dom/highlight-session';
import { findHighlightInSelection, toLiveRange } from '@/lib/dom/hit-test';
import { revealRange } from '@/lib/dom/reveal-range';
import { DESCRIBE_TEXT_LIMIT, type CardContent, type Message } from '@/lib/messages';
import { fromHighlight, sameAnchor, type Anchor } from './anchor';
import { pickStepIndex } from './step-target';

export interface CardActionsSetup {
  session: HighlightSession;
  send: (message: Message) => Promise<unknown>;
  /** Switches cards off on this site; throws, saving nothing, when the list of sites is full. */
  disableSite: () => Promise<unknown>;
  /** Opens an anchor's card as the keyboard does: at once, with focus in it. */
  open: (anchor: Anchor) => void;
  dismiss: () => void;
  /** The anchor whose card is open, if any. */
  current: () => Anchor | null;
  /** Shows on the anchor's card, if still shown, why an action did nothing. */
  notify: (anchor: Anchor, content: CardContent, notice: string) => void;
}

export interface CardActions {
  /** What the card's buttons do. */
  act(anchor: Anchor, content: CardContent, action: CardAction): Promise<void>;
  /** The command to explain the selection: a highlight in it, else its text. */
  explainSelection(text: string | undefined): void;
  /** The command to step to the next or previous highlight on screen and open its card. */
  stepHighlight(direction: 'next' | 'previous'): void;
}

/** What the card and the keyboard commands do, beyond opening and closing the card. */
export function createCardActions(setup: CardActionsSetup): CardActions {
  const { session, send, disableSite, open, dismiss, current, notify } = setup;
  return {
    async act(anchor, content, action) {
      switch (action.type) {
        case 'read-more':
          return void (await send({ type: 'open-guide', termId: action.termId }));
        case 'check':
          return void (await send({ type: 'open-checker', technique: action.technique }));
        case 'disable-site':
          try {
            await disableSite();
            dismiss();
          } catch (error) {
            // The list is full: the card stays and says so; nothing was saved.
            notify(anchor, content, error instanceof Error ? error.message : String(error));
          }
          return;
        case 'show-term':
          return open({ ...anchor, termId: action.termId, highlighted: false });
      }
    },

    explainSelection(text) {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const highlight = findHighlightInSelection(document, session, selection);
      if (highlight) return open(fromHighlight(highlight, null));
      const asked = (text ?? selection.toString()).trim().slice(0, DESCRIBE_TEXT_LIMIT);
      if (!asked) return;
      const range = selection.getRangeAt(0).cloneRange();
      open({ range, termId: null, highlighted: false, text: asked, point: null });
    },

    stepHighlight(direction) {
      const highlights = session.highlights();
      const now = current();
      const spans = highlights.map((h) => toLiveRange(document, h.range).getBoundingClientRect());
      const index = now ? highlights.findIndex((h) => sameAnchor(fromHighlight(h, null), now)) : -1;
      const highlight = highlights[pickStepIndex(spans, window.innerHeight, index, direction)];
      if (!highlight) return;
      revealRange(document, highlight.range);
      open(fromHighlight(highlight, null));
    },
  };
}

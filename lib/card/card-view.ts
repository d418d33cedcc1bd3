import type { TechniqueId } from '@/lib/guide';
import type { Theme } from '@/lib/dom/page-theme';
import type { CardContent } from '@/lib/messages';
import type { TextSize } from '@/lib/settings/settings-schema';

export type CardAction =
  | { type: 'read-more'; termId?: string }
  | { type: 'check'; technique: TechniqueId }
  | { type: 'disable-site' }
  /** A suggestion on a "not in the guide" card: show that entry's card instead. */
  | { type: 'show-term'; termId: string };

/** What the card shows and what it can do: the card component's props. */
export interface CardProps {
  content: CardContent;
  /** Move focus into the card on opening: when it was opened from the keyboard. */
  takeFocus: boolean;
  /** Why the last action did nothing (the site list is full), shown until the card closes. */
  notice?: string | undefined;
  /** The page's darkness where the card opens, or the system's (lib/dom/page-theme.ts). */
  theme: Theme;
  textSize: TextSize;
  /** Kept open by its pin button: it stays while the pointer is elsewhere, until Escape or ×. */
  pinned: boolean;
  onPin: () => void;
  onAction: (action: CardAction) => void;
  onClose: () => void;
}

/** How the controller draws a card without knowing the components: the card entrypoint supplies it. */
export interface CardView {
  /** The card's styles, for its shadow root. */
  css: string;
  /** Draws the card into `container` (null: clears it) and returns the card's element, to place it. */
  render(container: HTMLElement, props: CardProps | null): HTMLElement | null;
}

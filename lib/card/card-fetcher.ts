import { cardContentSchema, type CardContent, type Message } from '@/lib/messages';
import { sameAnchor, type Anchor } from './anchor';

/** The request that asks the background for an anchor's card. */
export function requestFor(anchor: Anchor): Message {
  return anchor.termId === null
    ? { type: 'describe-text', text: anchor.text }
    : { type: 'describe-term', termId: anchor.termId };
}

/**
 * The background writes cards (see lib/background/card-requests.ts). A card is asked for when the
 * pointer comes to rest on its term, so the answer is usually in before the dwell ends; only the
 * latest anchor's request is kept. Anything unreadable, or no background, means no card (null).
 */
export function createCardFetcher(send: (message: Message) => Promise<unknown>) {
  let latest: { anchor: Anchor; content: Promise<CardContent | null> } | null = null;
  return {
    fetch(anchor: Anchor): Promise<CardContent | null> {
      if (latest && sameAnchor(latest.anchor, anchor)) return latest.content;
      const content = send(requestFor(anchor)).then(
        (answer) => cardContentSchema().safeParse(answer).data ?? null,
        () => null,
      );
      latest = { anchor, content };
      return content;
    },
    forget(): void {
      latest = null;
    },
  };
}

/** Asks the background for cards, keeping only the latest request. */
export type CardFetcher = ReturnType<typeof createCardFetcher>;

import { takeCardsHandoff } from '@/lib/content/cards';
import { mountCards } from './mount-cards';

/**
 * The card's code, loaded on first need: the background injects it into the frame that asked
 * (lib/background/card-loader.ts), where it takes over from the content script's first stage.
 */
export default defineUnlistedScript(() => {
  const handoff = takeCardsHandoff();
  if (handoff) void mountCards(handoff.ctx, handoff.session, handoff.first);
});

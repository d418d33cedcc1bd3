import { takeCardsHandoff } from '@/lib/card/card-trigger';
import { startCardController } from '@/lib/card/card-controller';
import { cardView } from './card-view';

/**
 * The card's code, loaded on first need: the background injects it into the frame that asked
 * (lib/background/frame-loader.ts), where it takes over from the content script's first stage.
 */
export default defineUnlistedScript(() => {
  const handoff = takeCardsHandoff();
  if (handoff) void startCardController(handoff.ctx, handoff.session, handoff.release, cardView);
});

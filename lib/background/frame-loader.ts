import { parseMessage } from '@/lib/messages';

/** The highlight styles as built (components/highlights.css, emitted beside the content script). */
const HIGHLIGHT_STYLES = '/content-scripts/content.css';

/**
 * Puts into the frame that asks what its content script leaves out until it is needed: the highlight
 * styles once it draws its first highlight, the card's code once a card is first needed. Both are
 * packaged files the scripting API injects, not web-accessible resources, so no page can fetch or
 * probe them by URL (README, "What websites can notice").
 */
export function registerFrameLoader(): void {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const tabId = sender.tab?.id;
    const type = parseMessage(raw)?.type;
    if (tabId === undefined) return undefined;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    if (type === 'load-card')
      void browser.scripting.executeScript({ target, files: ['/card.js'] }).catch(() => undefined);
    else if (type === 'load-highlight-styles')
      void browser.scripting.insertCSS({ target, files: [HIGHLIGHT_STYLES] }).catch(() => undefined);
    return undefined;
  });
}

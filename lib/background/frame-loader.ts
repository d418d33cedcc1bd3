import type { MessageHandler } from './router';

/** The highlight styles as built (components/highlights.css, emitted beside the content script). */
const HIGHLIGHT_STYLES = '/content-scripts/content.css';

/**
 * Puts into the frame that asks what its content script leaves out until it is needed: the highlight
 * styles once it draws its first highlight, the card's code once a card is first needed. Both are
 * packaged files the scripting API injects, not web-accessible resources, so no page can fetch or
 * probe them by URL (README, "What websites can notice").
 */
const frameOf = (sender: Parameters<MessageHandler<'load-card'>>[1]) =>
  sender.tab?.id === undefined ? null : { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };

export const loadCard: MessageHandler<'load-card'> = (_message, sender) => {
  const target = frameOf(sender);
  if (target) void browser.scripting.executeScript({ target, files: ['/card.js'] }).catch(() => undefined);
};

export const loadHighlightStyles: MessageHandler<'load-highlight-styles'> = (_message, sender) => {
  const target = frameOf(sender);
  if (target) void browser.scripting.insertCSS({ target, files: [HIGHLIGHT_STYLES] }).catch(() => undefined);
};

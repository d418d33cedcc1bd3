// eslint-disable-next-line no-restricted-imports -- the stylesheet's text, which runs nowhere here: it is sent to a frame
import highlightStyles from '@/components/highlights.css?raw';
import type { MessageHandler, Sender } from './router';

/**
 * Puts into the frame that asks what its content script leaves out until it is needed: the highlight
 * styles once it draws its first highlight, the card's code once a card is first needed. Neither is a
 * web-accessible resource, so no page can fetch or probe them by URL (README, "What websites can
 * notice"). The styles are not declared with the content script: declared, every page computed them
 * into every element's style, highlighted or not. They come with this script from the build, so a
 * renamed stylesheet breaks the build rather than the page.
 */
const frameOf = (sender: Sender) =>
  sender.tab?.id === undefined ? null : { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] };

export const loadCard: MessageHandler<'load-card'> = (_message, sender) => {
  const target = frameOf(sender);
  if (target) void browser.scripting.executeScript({ target, files: ['/card.js'] }).catch(() => undefined);
};

export const loadHighlightStyles: MessageHandler<'load-highlight-styles'> = (_message, sender) => {
  const target = frameOf(sender);
  if (target) void browser.scripting.insertCSS({ target, css: highlightStyles }).catch(() => undefined);
};

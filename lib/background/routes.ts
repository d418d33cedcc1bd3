import { startBadge } from './badge';
import { closeOtherCards } from './card-frames';
import { writeCard } from './card-requests';
import { COMMAND_MESSAGES, sendCommand } from './commands';
import { registerContextMenu } from './context-menu';
import { loadCard, loadHighlightStyles } from './frame-loader';
import { registerNoteMenu } from './note-menu';
import { openPage } from './open-pages';
import { listenForCommands, listenForMessages, type MessageHandlers } from './router';
import { changeSettings, changeSite } from './settings-requests';
import { toggleSiteOfTab } from './site-toggle';

/**
 * Who answers each message of lib/messages.ts. The background's handlers are named here; null marks a
 * message another context listens for, named in its comment. Building the table starts the badge's
 * upkeep (its tab and settings listeners), which its handler shares.
 */
export function messageHandlers(): MessageHandlers {
  return {
    'page-terms-changed': startBadge(),
    'describe-term': writeCard,
    'describe-text': writeCard,
    'card-opened': closeOtherCards,
    'load-card': loadCard,
    'load-highlight-styles': loadHighlightStyles,
    'open-guide': openPage,
    'open-checker': openPage,
    'change-settings': changeSettings,
    'change-site': changeSite,
    // The top frame's content script (lib/content/report-page-terms.ts), asked by the popup.
    'get-page-terms': null,
    // The card's code in each frame (lib/card/card-controller.ts, lib/content/cards.ts), sent from here.
    'explain-selection': null,
    'step-highlight': null,
    'close-card': null,
    // The content script of the field's frame (lib/content/note-insertion.ts), sent by the note menu.
    'insert-note': null,
  };
}

/** The keyboard commands the manifest declares (wxt.config.ts), each with what it does. */
export const COMMAND_HANDLERS = {
  ...Object.fromEntries(Object.keys(COMMAND_MESSAGES).map((command) => [command, sendCommand.bind(null, command)])),
  'toggle-site': toggleSiteOfTab,
} satisfies Parameters<typeof listenForCommands>[0];

/**
 * Every listener the background registers: one for messages, one for commands, and the context menus'
 * own (each keyed by its menu item), plus the welcome page on install.
 */
export function registerBackground(): void {
  // A welcome page on install is a real feature (it shows what the extension does) and gives
  // Firefox tests a way into extension pages, which WebDriver BiDi will not navigate to directly.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/guide.html#welcome') });
  });
  listenForMessages(messageHandlers());
  listenForCommands(COMMAND_HANDLERS);
  registerContextMenu();
  registerNoteMenu();
}

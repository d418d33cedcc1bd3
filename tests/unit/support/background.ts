import { listenForMessages } from '@/lib/background/router';
import { messageHandlers } from '@/lib/background/routes';
import { changeSettings, changeSite } from '@/lib/background/settings-requests';

/** The background's message listener as it starts, with every handler of its table. */
export function listenAsBackground(): void {
  listenForMessages(messageHandlers());
}

/** Only the settings' writer, for tests of settings that have no use for the badge or cards. */
export function listenForSettingsChanges(): void {
  listenForMessages({ 'change-settings': changeSettings, 'change-site': changeSite });
}

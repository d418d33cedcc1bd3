import { browser } from '#imports';
import { parseSettingsReply, type Message } from '@/lib/messages';
import { normalizeHostname } from './hostname';
import { loadStoredSettings, watchStoredSettings } from './page-settings';
import { readSettings, type Settings, type SettingsRead } from './settings-read';

export { normalizeHostname };
export {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  MAX_HOVER_DELAY_MS,
  readSettings,
  SITE_LIMIT,
  strictSettingsSchema,
  type Settings,
  type SettingsRead,
} from './settings-read';

/** A change that was not saved: refused (it does not fit), or storage failed. `message` tells the person why. */
export class SettingsRefusedError extends Error {
  override name = 'SettingsRefusedError';
}

export const loadSettingsRead = (): Promise<SettingsRead> => loadStoredSettings(readSettings);

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsRead()).settings;
}

/**
 * Only the background writes the settings (settings-writer.ts), one change after another, each applied
 * to what is stored at that moment: a read-change-write in each of two tabs at once lost one of the two.
 * Every other context sends it the change. Rejects with SettingsRefusedError, carrying the person's
 * words, when nothing was saved.
 */
async function requestChange(message: Message): Promise<void> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(message);
  } catch {
    reply = null;
  }
  const answer = parseSettingsReply(reply);
  if (!answer.ok) throw new SettingsRefusedError(answer.message);
}

/** Saves the changed fields. Stored fields that could not be read and are not changed stay as they were. */
export function updateSettings(patch: Partial<Settings>): Promise<void> {
  return requestChange({ type: 'change-settings', patch });
}

/**
 * Switches highlighting on or off for one site. Resolves false (and saves nothing) for a string that
 * is no hostname; rejects with SettingsRefusedError when the list is full or storage fails.
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<boolean> {
  const site = normalizeHostname(hostname);
  if (!site) return false;
  await requestChange({ type: 'change-site', site, enabled });
  return true;
}

/** Calls `onChange` with the settings read whenever any context saves them. Returns the unwatch function. */
export function watchSettingsRead(onChange: (read: SettingsRead) => void): () => void {
  const unwatch = watchStoredSettings(onChange, readSettings);
  return () => {
    // After the extension is reloaded or disabled the browser has dropped the listener itself, and
    // removing it throws "Extension context invalidated" into the page's console.
    try {
      unwatch();
    } catch {
      // already gone
    }
  };
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchSettingsRead(({ settings }) => onChange(settings));
}

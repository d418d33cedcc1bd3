import { useEffect, useState } from 'preact/hooks';
import type { Backup, ImportResult } from '@/lib/settings/backup';
import type { Settings, SettingsRead } from '@/lib/settings/settings-schema';
import { ImportExport } from './ImportExport';
import { SettingsForm } from './SettingsForm';
import { SiteList } from './SiteList';
import './options.css';

export interface OptionsPageProps {
  initial: SettingsRead;
  /** Calls back with the saved settings whenever any context changes them; returns the unwatch function. */
  watch: (onChange: (read: SettingsRead) => void) => () => void;
  /** The settings as stored now: what the controls go back to when a change was not saved. */
  load: () => Promise<SettingsRead>;
  /** Reject, with the person's words as the message, when nothing was saved. */
  save: (patch: Partial<Settings>) => Promise<void>;
  setSiteEnabled: (hostname: string, enabled: boolean) => Promise<unknown>;
  createBackup: () => Promise<Backup>;
  importBackup: (file: File) => Promise<ImportResult>;
  shortcut: string | null;
}

/** The options page: every change is saved at once, and the page follows changes made elsewhere (popup, shortcut, import). */
export function OptionsPage(props: OptionsPageProps) {
  const [settings, setSettings] = useState(props.initial.settings);
  const [unreadable, setUnreadable] = useState(props.initial.unreadable);
  /** Why the last change to a setting, or to the site list, was not saved. */
  const [notSaved, setNotSaved] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const show = (read: SettingsRead) => {
    setSettings(read.settings);
    setUnreadable(read.unreadable);
  };
  useEffect(() => props.watch(show), [props.watch]);

  /** A change not saved puts the controls back to what is stored, and says why. */
  const reason = (error: unknown) => {
    void props.load().then(show, () => undefined);
    return error instanceof Error ? error.message : String(error);
  };
  const save = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    // A later change that is saved clears what was said of an earlier one: it no longer describes the page.
    props.save(patch).then(
      () => {
        setNotSaved(null);
        setRefused(null);
      },
      (error: unknown) => setNotSaved(reason(error)),
    );
  };
  const setSite = (host: string, enabled: boolean) => {
    props.setSiteEnabled(host, enabled).then(
      () => setRefused(null),
      (error: unknown) => setRefused(reason(error)),
    );
  };

  return (
    <main class="options">
      <header>
        <h1>Relief Lens settings</h1>
        <p class="hint">Changes are saved as you make them and apply to open tabs straight away.</p>
        {unreadable.length > 0 && (
          <p class="error" role="alert" id="unreadable-settings">
            Some saved settings could not be read ({unreadable.join(', ')}), so their defaults are in use. They are kept
            as saved until you change them here, and a backup exported below includes them.
          </p>
        )}
        {notSaved && (
          <p class="error" role="alert" id="settings-not-saved">
            {notSaved}
          </p>
        )}
      </header>
      <SettingsForm settings={settings} onChange={save} shortcut={props.shortcut} />
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites without highlighting</h2>
        <SiteList
          sites={settings.disabledSites}
          onAdd={(host) => setSite(host, false)}
          onRemove={(host) => setSite(host, true)}
        />
        {refused && (
          <p class="error" role="alert" id="sites-refused">
            {refused}
          </p>
        )}
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup</h2>
        <ImportExport createBackup={props.createBackup} importBackup={props.importBackup} />
      </section>
      <p>
        <a href="privacy.html">Privacy policy</a>: what Relief Lens stores, where, and what websites can notice.
      </p>
    </main>
  );
}

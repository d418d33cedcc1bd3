import { useEffect, useState } from 'preact/hooks';
import type { Backup, ImportResult } from '@/lib/settings/backup';
import type { Settings } from '@/lib/settings/settings';
import { ImportExport } from './ImportExport';
import { SettingsForm } from './SettingsForm';
import { SiteList } from './SiteList';
import './options.css';

export interface OptionsPageProps {
  initial: Settings;
  /** Calls back with the saved settings whenever any context changes them; returns the unwatch function. */
  watch: (onChange: (settings: Settings) => void) => () => void;
  save: (patch: Partial<Settings>) => Promise<Settings>;
  setSiteEnabled: (hostname: string, enabled: boolean) => Promise<Settings | null>;
  createBackup: () => Promise<Backup>;
  importBackup: (file: File) => Promise<ImportResult>;
  shortcut: string | null;
}

/** The options page: every change is saved at once, and the page follows changes made elsewhere (popup, shortcut, import). */
export function OptionsPage(props: OptionsPageProps) {
  const [settings, setSettings] = useState(props.initial);
  useEffect(() => props.watch(setSettings), [props.watch]);

  const save = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    void props.save(patch);
  };

  return (
    <main class="options">
      <header>
        <h1>Relief Lens settings</h1>
        <p class="hint">Changes are saved as you make them and apply to open tabs straight away.</p>
      </header>
      <SettingsForm settings={settings} onChange={save} shortcut={props.shortcut} />
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites without highlighting</h2>
        <SiteList
          sites={settings.disabledSites}
          onAdd={(host) => void props.setSiteEnabled(host, false)}
          onRemove={(host) => void props.setSiteEnabled(host, true)}
        />
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Backup</h2>
        <ImportExport createBackup={props.createBackup} importBackup={props.importBackup} />
      </section>
    </main>
  );
}

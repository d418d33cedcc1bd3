import { render } from 'preact';
import { browser } from '#imports';
import { OptionsPage } from '@/components/OptionsPage';
import { createBackup, importBackup } from '@/lib/settings/backup';
import { loadSettingsRead, setSiteEnabled, updateSettings, watchSettingsRead } from '@/lib/settings/settings';
import '@/components/theme.css';

// Firefox for Android has no keyboard shortcuts, and no `commands` API to ask.
const commandsApi = (browser as Partial<typeof browser>).commands;
void Promise.all([loadSettingsRead(), commandsApi?.getAll() ?? []]).then(([initial, commands]) => {
  const shortcut = commands.find((command) => command.name === 'toggle-site')?.shortcut || null;
  render(
    <OptionsPage
      initial={initial}
      watch={watchSettingsRead}
      load={loadSettingsRead}
      save={updateSettings}
      setSiteEnabled={setSiteEnabled}
      createBackup={createBackup}
      importBackup={importBackup}
      shortcut={shortcut}
    />,
    document.getElementById('app')!,
  );
});

import { render } from 'preact';
import { browser } from '#imports';
import { OptionsPage } from '@/components/OptionsPage';
import { createBackup, importBackup } from '@/lib/settings/backup';
import { loadSettingsRead, setSiteEnabled, updateSettings, watchSettingsRead } from '@/lib/settings/settings';
import '@/components/theme.css';

void Promise.all([loadSettingsRead(), browser.commands.getAll()]).then(([initial, commands]) => {
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

import { useRef, useState } from 'preact/hooks';
import { formatBackupFileName, type Backup, type ImportResult } from '@/lib/settings/backup';

export interface ImportExportProps {
  createBackup: () => Promise<Backup>;
  importBackup: (file: File) => Promise<ImportResult>;
}

type Status = { kind: 'done' | 'error'; text: string } | null;

/** Saves settings and answers to a JSON file, and reads such a file back; says plainly what happened. */
export function ImportExport({ createBackup, importBackup }: ImportExportProps) {
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportFile = async () => {
    let backup: Backup;
    try {
      backup = await createBackup();
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      return;
    }
    const url = URL.createObjectURL(new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: formatBackupFileName(backup.exportedAt),
    });
    document.body.append(link);
    link.click();
    link.remove();
    // Firefox starts the download after the click returns; revoking at once can cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus({ kind: 'done', text: `Saved ${link.download} to your downloads.` });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again should import it again
    if (!file) return;
    const result = await importBackup(file);
    setStatus(
      result.ok
        ? { kind: 'done', text: `Imported the settings and answers from ${file.name}.` }
        : { kind: 'error', text: `${file.name} was not imported, and nothing was changed. ${result.error}` },
    );
  };

  return (
    <div class="import-export">
      <p class="hint">
        A backup holds these settings and your answers in the checker. It stays on your device unless you move it.
      </p>
      <div class="row">
        <button id="export-backup" type="button" onClick={() => void exportFile()}>
          Export to a file
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import from a file…
        </button>
        <input
          ref={fileInput}
          id="import-file"
          hidden
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <p class="done" role="status">
        {status?.kind === 'done' ? status.text : ''}
      </p>
      {status?.kind === 'error' && (
        <p class="error" role="alert">
          {status.text}
        </p>
      )}
    </div>
  );
}

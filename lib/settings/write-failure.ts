/**
 * What the person reads when the browser refused to store something. The browser's own text
 * ("Resource::kQuotaBytes quota exceeded", "QuotaExceededError") is for developers; a full store is
 * told apart because the person can do something about it.
 */
export const STORAGE_FULL_MESSAGE =
  'This change was not saved: the browser’s storage for Relief Lens is full. Switching highlighting back on for sites you no longer need frees room; if that does not help, export a backup below, then remove Relief Lens, add it again and import the backup.';

const STORAGE_FAILED_MESSAGE =
  'This change was not saved: the browser could not store it. Nothing was changed; please try again.';

function isQuotaError(error: unknown): boolean {
  const text =
    error instanceof Error || error instanceof DOMException ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

export function describeWriteFailure(error: unknown): string {
  return isQuotaError(error) ? STORAGE_FULL_MESSAGE : STORAGE_FAILED_MESSAGE;
}

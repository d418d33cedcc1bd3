/**
 * Storage that only the extension's own pages and its background can open: the IndexedDB of the
 * extension's origin. `storage.local` is open to every content script too (restricting it with
 * `setAccessLevel` would cut them off from the settings as well, and Firefox offers that only for
 * `storage.session`), while a content script's `indexedDB` is the page's origin's, in Chromium and
 * Firefox alike. The health profile lives here (README, "Permissions").
 */
const DB_NAME = 'relief-lens';
const STORE = 'private';

let opened: Promise<IDBDatabase> | null = null;

function done<T>(request: IDBRequest<T> | IDBTransaction): Promise<T> {
  return new Promise((resolve, reject) => {
    if ('oncomplete' in request) {
      request.oncomplete = () => resolve(undefined as T);
      request.onabort = request.onerror = () => reject(request.error ?? new Error('transaction aborted'));
    } else {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('request failed'));
    }
  });
}

function open(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  opened ??= done(request).catch((error: unknown) => {
    opened = null; // the next call tries again
    throw error;
  });
  return opened;
}

/** The values stored under `keys` (undefined where none). */
export async function readPrivate(keys: readonly string[]): Promise<Record<string, unknown>> {
  const store = (await open()).transaction(STORE, 'readonly').objectStore(STORE);
  const values = await Promise.all(keys.map((key) => done(store.get(key))));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]]));
}

/**
 * Reads `keys` and writes what `change` makes of them in one transaction, so a change from another
 * tab cannot land between the read and the write. `undefined` deletes a key. Resolves once the
 * transaction is committed.
 */
export async function updatePrivate(
  keys: readonly string[],
  change: (current: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const transaction = (await open()).transaction(STORE, 'readwrite');
  const store = transaction.objectStore(STORE);
  const committed = done(transaction);
  try {
    const values = await Promise.all(keys.map((key) => done(store.get(key))));
    const next = change(Object.fromEntries(keys.map((key, i) => [key, values[i]])));
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) store.delete(key);
      else store.put(value, key);
    }
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // already ended
    }
    await committed.catch(() => undefined);
    throw error;
  }
  await committed;
}

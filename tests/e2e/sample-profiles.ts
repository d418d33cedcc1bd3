/**
 * Profiles the end-to-end tests and `npm run screenshots` share, so the pictures in docs/ show a
 * state the tests check.
 */

/** A saved profile in the format lib/settings/profile.ts stores (`profile` and its version mark, version 2). */
export const OSTEOPOROSIS_PROFILE = {
  profile: {
    profile: {
      painLocation: 'lower',
      duration: 'chronic',
      severity: 'moderate',
      spread: 'localized',
      conditions: ['osteoporosis'],
      goals: ['pain-relief'],
    },
  },
  profile$: { v: 2 },
};

/**
 * The checker's answers (input ids) for a complete profile with no caution: six verdicts. The
 * required answers come last, as the last of them folds a first-time person's form.
 */
export const STRESS_ANSWERS = [
  'causes-stress',
  'goals-relaxation',
  'pressure-firm',
  'painLocation-upper',
  'duration-chronic',
  'severity-moderate',
  'spread-localized',
];

/**
 * Runs in an extension page: writes `stored` ({profile, profile$}) into the extension's private store
 * (lib/settings/private-store.ts), replacing whatever profile was there; null clears it; 'read' only
 * reads. Returns the stored `profile` then (null for none).
 */
export async function storeProfileInPage(stored: Record<string, unknown> | null | 'read'): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('relief-lens', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('private');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const keys = ['profile', 'profile$', 'profile-aside'];
  if (stored !== 'read') {
    const transaction = db.transaction('private', 'readwrite');
    const store = transaction.objectStore('private');
    for (const key of keys) store.delete(key);
    for (const [key, value] of Object.entries(stored ?? {})) store.put(value, key);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
  }
  const read = db.transaction('private').objectStore('private').get('profile');
  const value = await new Promise((resolve) => (read.onsuccess = () => resolve(read.result ?? null)));
  db.close();
  return value;
}

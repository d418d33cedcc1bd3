/**
 * Wraps a teardown that calls the extension's APIs for `ctx.onInvalidated`. Once the extension has
 * been reloaded or disabled, Chromium throws "Extension context invalidated" from some of them
 * (seen: `storage.onChanged.removeListener`, which a storage watch's unwatch calls); the listener
 * went with the extension, so there is nothing left to release.
 */
export function releaseQuietly(release: () => void): () => void {
  return () => {
    try {
      release();
    } catch {
      // The extension's side is gone already.
    }
  };
}

import { browser } from '#imports';
import { releaseQuietly } from '@/lib/release-quietly';

/**
 * A content-side listener for the extension's messages. It answers through `sendResponse` (returning
 * true to answer later), never with a promise: the content script runs without the polyfill, and
 * Chrome's own onMessage does not answer with a listener's promise.
 */
export type RuntimeMessageListener = (
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: unknown) => void,
) => true | undefined;

/**
 * Listens for the extension's messages and returns the release, for `ctx.onInvalidated` or an abort
 * signal. The release is quiet: when the extension was reloaded or disabled the listener went with it,
 * and removing it then throws.
 */
export function onRuntimeMessage(listener: RuntimeMessageListener): () => void {
  browser.runtime.onMessage.addListener(listener);
  return releaseQuietly(() => browser.runtime.onMessage.removeListener(listener));
}

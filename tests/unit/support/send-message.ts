import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Delivers a message to every `runtime.onMessage` listener, as the browser would, and waits for the
 * replies the listeners return (the polyfill's way of answering).
 */
export async function sendToListeners(message: unknown, sender: object = {}): Promise<unknown[]> {
  const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
  return Promise.all(replies);
}

/**
 * Routes `runtime.sendMessage` to this context's own listeners, as if it came from an extension page
 * (`from`), and resolves with the first reply: the background and a page in one test.
 */
export function routeMessagesToListeners(from = fakeBrowser.runtime.getURL('/options.html')): void {
  const deliver = (message: unknown) =>
    sendToListeners(message, { url: from }).then((replies) => replies.find((reply) => reply !== undefined));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the promise form of sendMessage, not its callback form
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(deliver as typeof fakeBrowser.runtime.sendMessage);
}

import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Delivers a message to every `runtime.onMessage` listener, as the browser would, and waits for the
 * replies the listeners return (the polyfill's way of answering).
 */
export async function sendToListeners(message: unknown, sender: object = {}): Promise<unknown[]> {
  const replies: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
  return Promise.all(replies);
}

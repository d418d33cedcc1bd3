/**
 * The person's input as cards hear it: pointer moves and presses, clicks and keys, trusted events only;
 * with them the browser's own `toggle` (a popover or dialog opening, which may cover an open card) and
 * `beforeprint`, which a page could otherwise keep from the card the same way.
 *
 * A page's own capture listener on its window runs before every listener registered after it, and
 * `stopImmediatePropagation()` there would keep the events from cards. Page scripts run before the
 * content script (`document_idle`), so a small script that runs at `document_start`, before any page
 * script, registers one listener per event type here (`listenFromStart`) and hands each trusted event
 * on to whoever subscribed later (`onTrustedInput`): the first stage of cards, then the card's code.
 * Both run in the extension's isolated world and share its global object.
 */

const INPUT_TYPES = ['pointermove', 'pointerdown', 'click', 'keydown', 'toggle', 'beforeprint'] as const;
export type InputType = (typeof INPUT_TYPES)[number];
type InputEvent<T extends InputType> = WindowEventMap[T];
type Handler = (event: Event) => void;

const HUB = Symbol.for('relief-lens.trusted-input');
type WithHub = typeof globalThis & { [HUB]?: Map<InputType, Set<Handler>> };

/**
 * Listening in the capture phase of `win`, first of all listeners. Pointer listeners are passive, so
 * scrolling never waits on us; nothing here cancels an event.
 */
export function listenFromStart(win: Window): void {
  const scope = globalThis as WithHub;
  if (scope[HUB]) return;
  const hub = new Map<InputType, Set<Handler>>(INPUT_TYPES.map((type) => [type, new Set()]));
  scope[HUB] = hub;
  for (const type of INPUT_TYPES) {
    win.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) return;
        for (const handler of hub.get(type)!) handler(event);
      },
      { capture: true, passive: type !== 'keydown' },
    );
  }
}

/**
 * Calls `handler` with each trusted `type` event on `win` until `signal` aborts. Where the start-up
 * listeners are missing (a frame the early script did not reach), it listens on `win` itself.
 */
export function onTrustedInput<T extends InputType>(
  win: Window,
  type: T,
  handler: (event: InputEvent<T>) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const handlers = (globalThis as WithHub)[HUB]?.get(type);
  if (!handlers) {
    win.addEventListener(type, (event: Event) => event.isTrusted && handler(event as InputEvent<T>), {
      capture: true,
      passive: type !== 'keydown',
      signal,
    });
    return;
  }
  const listener = handler as Handler;
  handlers.add(listener);
  signal.addEventListener('abort', () => handlers.delete(listener), { once: true });
}

import { onTrustedInput } from './trusted-input';

/**
 * Mouse moves on `win`, handled at most once a frame: finding what lies under the pointer makes the
 * browser lay the page out, once per frame is enough. `read` takes what is needed from the event while
 * it is dispatched (its `composedPath()` is empty afterwards), or null to let it pass; `handle` gets the
 * latest reading at the next frame, or when `flush` asks for it sooner. Nothing is handled once
 * `signal` aborts.
 */
export function onPointerFrames<T extends NonNullable<unknown>>(
  win: Window,
  read: (event: PointerEvent) => T | null,
  handle: (latest: T) => void,
  requestFrame: (callback: () => void) => unknown,
  signal: AbortSignal,
): { flush: () => void } {
  // A reading is never null (null lets an event pass), so null marks "nothing waiting".
  let pending: T | null = null;
  const flush = () => {
    const latest = pending;
    pending = null;
    if (latest !== null && !signal.aborted) handle(latest);
  };
  onTrustedInput(
    win,
    'pointermove',
    (event) => {
      if (event.pointerType !== 'mouse') return;
      const value = read(event);
      if (value === null) return;
      if (pending === null) requestFrame(flush);
      pending = value;
    },
    signal,
  );
  return { flush };
}

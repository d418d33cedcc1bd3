import { vi } from 'vitest';

/** Captures the listener a module registers on an event the fake browser does not implement. */
export function captureListener(event: { addListener: (listener: never) => void }) {
  const spy = vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  return () => spy.mock.calls[0]?.[0] as unknown as (...args: unknown[]) => Promise<void> | void;
}

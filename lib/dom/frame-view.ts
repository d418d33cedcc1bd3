import type { PageWindow } from './page-window';

/**
 * Resolves true once `window` has a viewport to show text in, false if `signal` ends first. A frame
 * that is hidden (`display: none`) or 0×0 waits for its first resize instead of reading settings and
 * scanning: on pages with ads, most frames are such empty 0×0 frames, and each would otherwise keep a
 * whole session. The top frame never waits.
 */
export function whenShown(window: PageWindow, signal: AbortSignal): Promise<boolean> {
  const shown = () => window === window.top || (window.innerWidth > 0 && window.innerHeight > 0);
  if (shown()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const waiting = new AbortController();
    const settle = (result: boolean) => {
      waiting.abort();
      resolve(result);
    };
    window.addEventListener('resize', () => shown() && settle(true), { signal: waiting.signal });
    signal.addEventListener('abort', () => settle(false), { signal: waiting.signal });
    if (signal.aborted) settle(false);
  });
}

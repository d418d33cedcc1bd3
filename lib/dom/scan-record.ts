import type { PageWindow } from './page-window';

export type ScanKind = 'scan' | 'rescan' | 'shadow-roots';

/**
 * Puts a scan's figures on the page's performance timeline as a `relief-lens:<kind>` measure, where
 * tests and the benchmark read them, numbered by `count`. Only the latest of each kind stays there: a
 * page that changes all day would otherwise gather one entry per rescan for as long as it is open, and
 * hand them all to any script that reads its timeline.
 */
export function createScanRecorder(window: PageWindow): (kind: ScanKind, start: number, figures: object) => void {
  const counts = new Map<ScanKind, number>();
  return (kind, start, figures) => {
    const name = `relief-lens:${kind}`;
    const count = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, count);
    window.performance.clearMeasures(name);
    window.performance.measure(name, { start, end: window.performance.now(), detail: { ...figures, count } });
  };
}

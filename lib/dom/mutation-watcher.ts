import type { PageWindow } from './page-window';
import { EXCLUSION_ATTRIBUTES } from './scan-exclusions';

/** What changed since the last batch: the topmost changed nodes, and the nodes taken out. */
export interface MutationBatch {
  roots: Node[];
  removed: Node[];
}

export interface MutationWatcher {
  /** Watches `root` (a document or an open shadow root) and everything under it. */
  observe(root: Node): void;
  disconnect(): void;
}

/** Past this many ancestors a changed node counts as its own root; see `findTopmost`. */
const MAX_COVER_CLIMB = 64;

/**
 * Collects mutations and hands them over in batches, once per idle period (or after `maxWaitMs`
 * on a busy page), so a page that changes constantly costs one rescan of what changed per batch.
 */
export function watchMutations(
  window: PageWindow,
  onBatch: (batch: MutationBatch) => void,
  maxWaitMs = 200,
): MutationWatcher {
  const changed = new Set<Node>();
  const removed = new Set<Node>();
  let scheduled = false;
  let stopped = false;

  const flush = () => {
    scheduled = false;
    if (stopped || (changed.size === 0 && removed.size === 0)) return;
    const batch = { roots: findTopmost(changed), removed: [...removed] };
    changed.clear();
    removed.clear();
    onBatch(batch);
  };
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(flush, { timeout: maxWaitMs });
    else window.setTimeout(flush, 16);
  };
  const collect = (records: MutationRecord[]) => {
    for (const record of records) {
      // A changed exclusion attribute rescans its element: what it holds may now be in or out.
      if (record.type === 'characterData' || record.type === 'attributes') changed.add(record.target);
      else {
        for (const node of record.addedNodes) if (node.nodeType === 1 || node.nodeType === 3) changed.add(node);
        for (const node of record.removedNodes) if (node.nodeType === 1 || node.nodeType === 3) removed.add(node);
      }
    }
    if (records.length > 0) schedule();
  };
  const observer = new window.MutationObserver(collect);
  return {
    observe: (root) =>
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: EXCLUSION_ATTRIBUTES,
      }),
    disconnect() {
      stopped = true;
      observer.disconnect();
      changed.clear();
      removed.clear();
    },
  };
}

/**
 * The changed nodes that are still in the page and not inside another changed node. The climb is
 * capped so deep nesting cannot make a batch cost depth × size; a node missed by the cap is
 * rescanned twice at worst, which the session tolerates (it replaces a node's matches on rescan).
 */
export function findTopmost(nodes: ReadonlySet<Node>): Node[] {
  const topmost: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let covered = false;
    let ancestor = node.parentNode;
    for (let climbed = 0; ancestor && climbed < MAX_COVER_CLIMB; climbed++, ancestor = ancestor.parentNode) {
      if (nodes.has(ancestor)) {
        covered = true;
        break;
      }
    }
    if (!covered) topmost.push(node);
  }
  return topmost;
}

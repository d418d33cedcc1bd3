import type { PageWindow } from './page-window';
import { EXCLUSION_ATTRIBUTES } from './scan-exclusions';

/**
 * What changed since the last batch: the topmost changed nodes, and the nodes taken out. When the
 * page took out more than a batch lists, `removed` is empty and `sweep` is set: the scan then drops
 * the matches of every indexed text node no longer in the page, which costs what the index holds,
 * not what the page churned.
 */
export interface MutationBatch {
  roots: Node[];
  removed: Node[];
  sweep: boolean;
}

export interface MutationWatcher {
  /** Watches `root` (a document or an open shadow root) and everything under it. */
  observe(root: Node): void;
  disconnect(): void;
}

export interface WatchOptions {
  /** How long a batch may wait for an idle moment on a busy page. */
  maxWaitMs?: number;
  /** Told how long each of the watcher's own callbacks took (the observer's and the flush's). */
  onTask?: (ms: number) => void;
}

/** Past this many ancestors a changed node counts as its own root; see `findTopmost`. */
const MAX_COVER_CLIMB = 64;
/** Nodes a batch lists one by one; past these, a record's parent stands for its added nodes. */
export const MAX_LISTED_CHANGED = 256;
/** Removed nodes a batch lists; past these it asks for a sweep instead. */
export const MAX_LISTED_REMOVED = 256;

/** The part of a MutationRecord the batch reads. */
export type ChangeRecord = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

const isTextOrElement = (node: Node) => node.nodeType === 1 || node.nodeType === 3;

/**
 * Gathers records into one batch, at a cost per record that stays flat however many nodes the
 * page moves at once: each node a record lists costs a call across to the page's DOM (dear from a
 * content script in Firefox), so past the caps a record's parent stands for the nodes it added and
 * removals are swept instead of listed.
 */
export function createBatchBuilder() {
  const changed = new Set<Node>();
  const removed = new Set<Node>();
  let sweep = false;
  const clear = () => {
    changed.clear();
    removed.clear();
    sweep = false;
  };
  return {
    add(record: ChangeRecord): void {
      // A changed exclusion attribute rescans its element: what it holds may now be in or out.
      if (record.type !== 'childList') return void changed.add(record.target);
      const added = record.addedNodes;
      if (added.length > 0) {
        if (changed.size + added.length > MAX_LISTED_CHANGED) changed.add(record.target);
        else for (const node of added) if (isTextOrElement(node)) changed.add(node);
      }
      const gone = record.removedNodes;
      if (sweep || gone.length === 0) return;
      if (removed.size + gone.length > MAX_LISTED_REMOVED) {
        sweep = true;
        removed.clear();
      } else for (const node of gone) if (isTextOrElement(node)) removed.add(node);
    },
    get empty() {
      return changed.size === 0 && removed.size === 0 && !sweep;
    },
    /** The batch so far, and a fresh start. */
    take(): MutationBatch {
      const batch = { roots: findTopmost(changed), removed: [...removed], sweep };
      clear();
      return batch;
    },
    clear,
  };
}

/** Two batches as one, for changes that arrive while a scan runs; the same caps hold. */
export function mergeBatches(a: MutationBatch, b: MutationBatch): MutationBatch {
  const sweep = a.sweep || b.sweep || a.removed.length + b.removed.length > MAX_LISTED_REMOVED;
  return { roots: [...a.roots, ...b.roots], removed: sweep ? [] : [...a.removed, ...b.removed], sweep };
}

/**
 * Collects mutations and hands them over in batches, once per idle period (or after `maxWaitMs`
 * on a busy page), so a page that changes constantly costs one rescan of what changed per batch.
 */
export function watchMutations(
  window: PageWindow,
  onBatch: (batch: MutationBatch) => void,
  { maxWaitMs = 200, onTask }: WatchOptions = {},
): MutationWatcher {
  const builder = createBatchBuilder();
  let scheduled = false;
  let stopped = false;
  const timed = <A extends unknown[]>(task: (...args: A) => void) =>
    onTask
      ? (...args: A) => {
          const start = window.performance.now();
          task(...args);
          onTask(window.performance.now() - start);
        }
      : task;

  const flush = timed(() => {
    scheduled = false;
    if (stopped || builder.empty) return;
    onBatch(builder.take());
  });
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(flush, { timeout: maxWaitMs });
    else window.setTimeout(flush, 16);
  };
  const observer = new window.MutationObserver(
    timed((records: MutationRecord[]) => {
      for (const record of records) builder.add(record);
      if (records.length > 0) schedule();
    }),
  );
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
      builder.clear();
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

import { NODE_SEPARATOR } from './text-index';
import { POPOVER_HOST } from './scan-exclusions';
import type { TimeSlicer } from './time-slicer';

/** The text under some roots, as one string plus where each text node starts in it. */
export interface PageText {
  nodes: Text[];
  starts: number[];
  text: string;
  /** Open shadow roots met on the way (their text is included); the caller observes them. */
  shadowRoots: ShadowRoot[];
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const CHECK_EVERY = 255; // nodes between clock reads (mask)

/**
 * One TreeWalker pass per root, with no filter callback (a callback costs a C++→JS crossing per
 * node, see PERFORMANCE-NOTES.md): exclusions are checked later, only for nodes that matched.
 * Elements are visited only to find open shadow roots, which the walker does not enter.
 */
export async function collectPageText(document: Document, roots: readonly Node[], slicer: TimeSlicer): Promise<PageText> {
  const nodes: Text[] = [];
  const datas: string[] = [];
  const shadowRoots = new Set<ShadowRoot>();
  // Needed when roots may overlap (a batch of changes) or a resumed walk lost its place.
  let seen: Set<Text> | null = roots.length > 1 ? new Set() : null;
  const queue = [...roots];
  let visited = 0;

  const pushText = (node: Text) => {
    if (seen) {
      if (seen.has(node)) return;
      seen.add(node);
    }
    nodes.push(node);
    datas.push(node.data);
  };

  for (let r = 0; r < queue.length; r++) {
    const root = queue[r]!;
    if (root.nodeType === 3) {
      pushText(root as Text);
      continue;
    }
    const walker = document.createTreeWalker(root, SHOW_TEXT | SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) pushText(node as Text);
      else {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !shadowRoots.has(shadow) && (node as Element).localName !== POPOVER_HOST) {
          shadowRoots.add(shadow);
          queue.push(shadow);
        }
      }
      if ((++visited & CHECK_EVERY) === 0 && slicer.due()) {
        const path = ancestorsOf(node, root);
        await slicer.pause();
        if (!node.isConnected) {
          // The page removed our place while we yielded: resume from the nearest surviving ancestor
          // and skip text we already have.
          seen ??= new Set(nodes);
          walker.currentNode = path.find((a) => a.isConnected) ?? root;
          if (!root.isConnected) break;
        }
      }
    }
  }
  const starts = new Array<number>(nodes.length);
  let offset = 0;
  for (let i = 0; i < datas.length; i++) {
    starts[i] = offset;
    offset += datas[i]!.length + NODE_SEPARATOR.length;
  }
  return { nodes, starts, text: datas.join(NODE_SEPARATOR), shadowRoots: [...shadowRoots] };
}

function ancestorsOf(node: Node, root: Node): Node[] {
  const path: Node[] = [];
  for (let a = node.parentNode; a && a !== root; a = a.parentNode) path.push(a);
  return path;
}

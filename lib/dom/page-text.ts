import { RAW_TEXT_ELEMENTS } from './scan-exclusions';
import { NODE_SEPARATOR } from './text-index';
import type { TimeSlicer } from './time-slicer';

/**
 * The text under some roots: each text node's data (SKIPPED_TEXT for long code) and where it starts
 * in the text they make joined by NODE_SEPARATOR (read a stretch of it with `readText`), and that
 * text's length.
 */
export interface PageText {
  nodes: Text[];
  starts: number[];
  datas: string[];
  length: number;
}

/** NodeFilter's flags as numbers: the session works on the window it is given, not on this realm's globals. */
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
const CHECK_EVERY = 31; // nodes between clock reads (mask); each costs a call into the page's DOM

/** The exclusion check refuses any match in these, so their text need not be read. */
const RAW_TEXT_PARENTS = new Set(RAW_TEXT_ELEMENTS);
/**
 * Text at least this long is skipped when it sits in one of them. Over the saved-page corpus such
 * nodes held half of all text (inline scripts and JSON state, 0.9 M characters on one page), which the
 * scan would otherwise copy into its windows and run the matcher over; asking every node for its
 * parent would cost one more call into the page's DOM per node, where most nodes are short.
 */
const LONG_TEXT = 256;
/**
 * Stands in for a skipped node's text: not whitespace and not a word, so the matcher never joins
 * the words on either side into one form, as the code between them kept it from doing.
 */
export const SKIPPED_TEXT = '\u0000';

/**
 * One TreeWalker pass per root over text nodes only, with no filter callback: every node the
 * walker hands to JS costs a C++→JS crossing (PERFORMANCE-NOTES.md), so exclusions are checked
 * later, only for nodes that matched, and open shadow roots are found apart (shadow-roots.ts) and
 * passed in as roots of their own, since the walker does not enter them.
 */
export async function collectPageText(
  document: Document,
  roots: readonly Node[],
  slicer: TimeSlicer,
): Promise<PageText> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const datas: string[] = [];
  // Needed when roots may overlap (a batch of changes) or a resumed walk lost its place.
  let seen: Set<Text> | null = roots.length > 1 ? new Set() : null;
  let offset = 0;
  let visited = 0;

  for (const root of roots) {
    if ((++visited & CHECK_EVERY) === 0 && slicer.due()) {
      await slicer.pause();
      // Taken out meanwhile: the batch that says so is already waiting.
      if (!root.isConnected) continue;
    }
    const walker = document.createTreeWalker(root, SHOW_TEXT);
    // A text node as root is its own only text; the walker would start past it.
    let node = (root.nodeType === 3 ? root : walker.nextNode()) as Text | null;
    for (; node; node = walker.nextNode() as Text | null) {
      if (seen === null || !seen.has(node)) {
        seen?.add(node);
        let data = node.data;
        if (data.length >= LONG_TEXT && isRawText(node)) data = SKIPPED_TEXT;
        nodes.push(node);
        datas.push(data);
        starts.push(offset);
        offset += data.length + NODE_SEPARATOR.length;
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
  return { nodes, starts, datas, length: Math.max(0, offset - NODE_SEPARATOR.length) };
}

function isRawText(node: Text): boolean {
  const parent = node.parentElement;
  return parent !== null && RAW_TEXT_PARENTS.has(parent.localName);
}

function ancestorsOf(node: Node, root: Node): Node[] {
  const path: Node[] = [];
  for (let a = node.parentNode; a && a !== root; a = a.parentNode) path.push(a);
  return path;
}

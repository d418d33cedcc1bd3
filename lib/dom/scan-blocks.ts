/**
 * Block ids group matches by the nearest block-level ancestor, so context gating can ask
 * "is there an unambiguous term in the same paragraph?". Tag names decide (no computed style:
 * reading style per node would force layout work on the page).
 */
export interface BlockNode {
  readonly localName: string;
  readonly parentElement: BlockNode | null;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Past this many inline ancestors the search stops: pathological nesting must not cost per node. */
export const MAX_BLOCK_CLIMB = 32;

export interface BlockIds {
  /** The id of the block holding `parent` (the element around a text node). */
  blockOf(parent: BlockNode): number;
  /** An indexed match sits in block `id`: the block keeps its id while one does. */
  retain(id: number): void;
  /** An indexed match in block `id` went. */
  release(id: number): void;
  /** Forgets the blocks asked about since the last call that hold no indexed match. */
  settle(): void;
}

/**
 * Strong maps rather than a WeakMap keyed by the page's elements: in Firefox, the weak table a
 * changing page filled with thousands of element keys was marked in one garbage-collection slice
 * of 10–40 ms, which ran inside the scan. A block is remembered exactly while an indexed match sits
 * in it, and that match holds the block's text, so nothing is kept that the page let go of.
 */
export function createBlockIds(): BlockIds {
  const ids = new Map<BlockNode, number>();
  const blocks = new Map<number, { node: BlockNode; matches: number }>();
  let asked: number[] = [];
  let next = 0;
  const idOf = (node: BlockNode) => {
    let id = ids.get(node);
    if (id === undefined) {
      id = next++;
      ids.set(node, id);
      blocks.set(id, { node, matches: 0 });
      asked.push(id);
    }
    return id;
  };
  const forgetIfUnused = (id: number) => {
    const block = blocks.get(id);
    if (block?.matches !== 0) return;
    blocks.delete(id);
    ids.delete(block.node);
  };
  return {
    blockOf(parent) {
      let node: BlockNode = parent;
      for (let climbed = 0; climbed < MAX_BLOCK_CLIMB; climbed++) {
        if (BLOCK_TAGS.has(node.localName) || !node.parentElement) break;
        node = node.parentElement;
      }
      return idOf(node);
    },
    retain(id) {
      const block = blocks.get(id);
      if (block) block.matches += 1;
    },
    release(id) {
      const block = blocks.get(id);
      if (block && --block.matches === 0) forgetIfUnused(id);
    },
    settle() {
      for (const id of asked) forgetIfUnused(id);
      asked = [];
    },
  };
}

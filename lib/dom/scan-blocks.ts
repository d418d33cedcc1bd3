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
}

export function createBlockIds(): BlockIds {
  const ids = new WeakMap<BlockNode, number>();
  let next = 0;
  const idOf = (block: BlockNode) => {
    let id = ids.get(block);
    if (id === undefined) ids.set(block, (id = next++));
    return id;
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
  };
}

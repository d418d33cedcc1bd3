import type { Category } from '@/lib/guide/schema';
import type { PageWindow } from './page-window';

export type HighlightStyle = 'underline' | 'background';

export interface RenderItem {
  range: AbstractRange;
  category: Category;
}

/**
 * Draws highlights with the Custom Highlight API, which never touches the page's DOM. Every browser
 * the manifests allow has it (Chrome 105, Firefox 140).
 */
export interface Highlighter {
  createRange(startNode: Text, startOffset: number, endNode: Text, endOffset: number): AbstractRange;
  add(items: readonly RenderItem[]): void;
  remove(items: readonly RenderItem[]): void;
  setStyle(style: HighlightStyle): void;
  clear(): void;
  /**
   * Whether the registry still shows what was drawn: the page owns `CSS.highlights` and may clear
   * it, delete or overwrite our names, or empty our highlights. A few map reads, no walk.
   */
  intact(): boolean;
  /** Draws `items` (everything that should show) again under fresh highlights. */
  redraw(items: Iterable<RenderItem>): void;
}

/** Registered names: `relief-lens-u-technique` (underline) or `relief-lens-b-technique` (background). */
export function highlightName(style: HighlightStyle, category: Category): string {
  return `relief-lens-${style === 'underline' ? 'u' : 'b'}-${category}`;
}

/**
 * The registry is first asked for when there is something to draw: reaching it builds its interface
 * in the script's world, about half a millisecond and 18 KB kept, which a page without a match
 * never needs. `onFirstDraw` runs then, once.
 */
export function createHighlighter(
  window: PageWindow,
  initialStyle: HighlightStyle,
  onFirstDraw: () => void,
): Highlighter {
  let registry: HighlightRegistry | undefined;
  const registryOf = () => {
    if (!registry) onFirstDraw();
    return (registry ??= window.CSS.highlights);
  };
  let style = initialStyle;
  const byCategory = new Map<Category, Highlight>();
  /** How many ranges each highlight holds by our count, which the page's own edits do not move. */
  const sizes = new Map<Category, number>();
  const highlightFor = (category: Category) => {
    const existing = byCategory.get(category);
    if (existing) return existing;
    const highlight = new window.Highlight();
    byCategory.set(category, highlight);
    registryOf().set(highlightName(style, category), highlight);
    return highlight;
  };
  const add = (items: Iterable<RenderItem>) => {
    for (const { range, category } of items) {
      highlightFor(category).add(range);
      sizes.set(category, (sizes.get(category) ?? 0) + 1);
    }
  };
  /** Takes our names out of the registry, leaving any highlight the page put under them. */
  const unregister = () => {
    for (const [category, highlight] of byCategory) {
      const name = highlightName(style, category);
      if (registry?.get(name) === highlight) registry.delete(name);
    }
  };
  return {
    createRange: (startContainer, startOffset, endContainer, endOffset) =>
      new window.StaticRange({ startContainer, startOffset, endContainer, endOffset }),
    add,
    remove(items) {
      for (const { range, category } of items) {
        if (byCategory.get(category)?.delete(range)) sizes.set(category, sizes.get(category)! - 1);
      }
    },
    setStyle(next) {
      if (next === style) return;
      for (const [category, highlight] of byCategory) {
        registryOf().delete(highlightName(style, category));
        registryOf().set(highlightName(next, category), highlight);
      }
      style = next;
    },
    clear() {
      unregister();
      byCategory.clear();
      sizes.clear();
    },
    intact() {
      if (!registry) return true;
      for (const [category, highlight] of byCategory) {
        if (registry.get(highlightName(style, category)) !== highlight) return false;
        if (highlight.size !== sizes.get(category)) return false;
      }
      return true;
    },
    redraw(items) {
      // Fresh highlights: the page may still hold the old ones and go on editing them.
      unregister();
      byCategory.clear();
      sizes.clear();
      add(items);
    },
  };
}

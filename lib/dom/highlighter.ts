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
  const highlightFor = (category: Category) => {
    const existing = byCategory.get(category);
    if (existing) return existing;
    const highlight = new window.Highlight();
    byCategory.set(category, highlight);
    registryOf().set(highlightName(style, category), highlight);
    return highlight;
  };
  return {
    createRange: (startContainer, startOffset, endContainer, endOffset) =>
      new window.StaticRange({ startContainer, startOffset, endContainer, endOffset }),
    add(items) {
      for (const { range, category } of items) highlightFor(category).add(range);
    },
    remove(items) {
      for (const { range, category } of items) byCategory.get(category)?.delete(range);
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
      for (const category of byCategory.keys()) registryOf().delete(highlightName(style, category));
      byCategory.clear();
    },
  };
}

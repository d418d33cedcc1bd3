import type { Category } from '@/lib/guide/schema';
import { wrapHighlights } from './highlight-wrapping';
import type { PageWindow } from './page-window';

export type HighlightStyle = 'underline' | 'background';

export interface RenderItem {
  range: AbstractRange;
  category: Category;
}

/**
 * Draws highlights. The Custom Highlight API draws without touching the page's DOM; wrapping is the
 * fallback for browsers without it (Firefox before 140). `add` returns the ranges that now stand for
 * the items (wrapping moves text into new nodes), in the same order.
 */
export interface Highlighter {
  createRange(startNode: Text, startOffset: number, endNode: Text, endOffset: number): AbstractRange;
  add(items: readonly RenderItem[]): AbstractRange[];
  remove(items: readonly RenderItem[]): void;
  setStyle(style: HighlightStyle): void;
  clear(): void;
  /** True when drawing changes the DOM (the mutation observer must not see our own changes). */
  readonly changesDom: boolean;
}

/** Registered names: `relief-lens-u-technique` (underline) or `relief-lens-b-technique` (background). */
export function highlightName(style: HighlightStyle, category: Category): string {
  return `relief-lens-${style === 'underline' ? 'u' : 'b'}-${category}`;
}

export function createHighlighter(
  window: PageWindow,
  style: HighlightStyle,
  mode: 'auto' | 'wrap' = 'auto',
): Highlighter {
  const registry = (window.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (mode === 'wrap' || !registry || typeof window.Highlight !== 'function')
    return wrapHighlights(window.document, style);

  return drawHighlights(window, registry, style);
}

function drawHighlights(window: PageWindow, registry: HighlightRegistry, initialStyle: HighlightStyle): Highlighter {
  let style = initialStyle;
  const byCategory = new Map<Category, Highlight>();
  const highlightFor = (category: Category) => {
    const existing = byCategory.get(category);
    if (existing) return existing;
    const highlight = new window.Highlight();
    byCategory.set(category, highlight);
    registry.set(highlightName(style, category), highlight);
    return highlight;
  };
  return {
    changesDom: false,
    createRange: (startContainer, startOffset, endContainer, endOffset) =>
      new window.StaticRange({ startContainer, startOffset, endContainer, endOffset }),
    add(items) {
      for (const { range, category } of items) highlightFor(category).add(range);
      return items.map((item) => item.range);
    },
    remove(items) {
      for (const { range, category } of items) byCategory.get(category)?.delete(range);
    },
    setStyle(next) {
      if (next === style) return;
      for (const [category, highlight] of byCategory) {
        registry.delete(highlightName(style, category));
        registry.set(highlightName(next, category), highlight);
      }
      style = next;
    },
    clear() {
      for (const category of byCategory.keys()) registry.delete(highlightName(style, category));
      byCategory.clear();
    },
  };
}

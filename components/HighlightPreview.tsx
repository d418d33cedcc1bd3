import { useEffect, useRef } from 'preact/hooks';
import { createHighlighter } from '@/lib/dom/highlighter';
import type { PageWindow } from '@/lib/dom/page-window';
import type { Category } from '@/lib/guide/schema';
import type { Settings } from '@/lib/settings/settings-schema';
// The content script's own stylesheet, so the preview shows exactly the colours pages get.
import './highlights.css';

export interface HighlightPreviewProps {
  style: Settings['style'];
  categories: readonly Category[];
}

/**
 * Sample text as pages show it, on a light and a dark page, in the chosen style and categories,
 * drawn by the same highlighter pages get (the Custom Highlight API).
 */
export function HighlightPreview({ style, categories }: HighlightPreviewProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = root.current;
    if (!host) return;
    const window = host.ownerDocument.defaultView as PageWindow;
    // This page imports the styles itself (above): nothing to ask for on the first draw.
    const highlighter = createHighlighter(window, style, () => undefined);
    const items = [...host.querySelectorAll<HTMLElement>('[data-category]')]
      .filter((term) => categories.includes(term.dataset.category as Category) && term.firstChild)
      .map((term) => {
        const text = term.firstChild as Text;
        return {
          range: highlighter.createRange(text, 0, text, text.length),
          category: term.dataset.category as Category,
        };
      });
    highlighter.add(items);
    return () => highlighter.clear();
  }, [style, categories]);
  const term = (category: Category, text: string) => <span data-category={category}>{text}</span>;
  const sample = (
    <p>
      A {term('practitioner', 'licensed massage therapist')} may use {term('technique', 'Swedish massage')} to ease{' '}
      {term('condition', 'muscle tension')} in the {term('anatomy', 'lower back')}; anyone with{' '}
      {term('safety', 'blood clots')} should ask a doctor first.
    </p>
  );
  return (
    <div ref={root} class="highlight-preview" aria-label="Preview of highlighted terms" role="group">
      <div class="highlight-preview__page highlight-preview__page--light">{sample}</div>
      <div class="highlight-preview__page highlight-preview__page--dark">{sample}</div>
    </div>
  );
}

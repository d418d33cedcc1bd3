import { createElement } from 'preact';
import type { Category } from '@/lib/guide/schema';
import type { Settings } from '@/lib/settings/settings';
// The content script's own stylesheet, so the preview shows exactly the colours pages get.
import '@/entrypoints/content/highlights.css';

export interface HighlightPreviewProps {
  style: Settings['style'];
  categories: readonly Category[];
}

/** Sample text as pages show it, on a light and a dark page, in the chosen style and categories. */
export function HighlightPreview({ style, categories }: HighlightPreviewProps) {
  const term = (category: Category, text: string) =>
    categories.includes(category)
      ? createElement('relief-lens-mark', { 'data-style': style, 'data-category': category }, text)
      : text;
  const sample = (
    <p>
      A gentle {term('technique', 'Swedish massage')} may ease {term('condition', 'muscle tension')} around the{' '}
      {term('anatomy', 'lower back')}; ask a {term('practitioner', 'licensed massage therapist')} about{' '}
      {term('safety', 'blood clots')} first.
    </p>
  );
  return (
    <div class="highlight-preview" aria-label="Preview of highlighted terms" role="group">
      <div class="highlight-preview__page highlight-preview__page--light">{sample}</div>
      <div class="highlight-preview__page highlight-preview__page--dark">{sample}</div>
    </div>
  );
}

import { createElement } from 'preact';
import type { Category } from '@/lib/guide/schema';
import type { Settings } from '@/lib/settings/settings';
// The content script's own stylesheet, so the preview shows exactly the colours pages get.
import './highlights.css';

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
      A {term('practitioner', 'licensed massage therapist')} may use {term('technique', 'Swedish massage')} to ease{' '}
      {term('condition', 'muscle tension')} in the {term('anatomy', 'lower back')}; anyone with{' '}
      {term('safety', 'blood clots')} should ask a doctor first.
    </p>
  );
  return (
    <div class="highlight-preview" aria-label="Preview of highlighted terms" role="group">
      <div class="highlight-preview__page highlight-preview__page--light">{sample}</div>
      <div class="highlight-preview__page highlight-preview__page--dark">{sample}</div>
    </div>
  );
}

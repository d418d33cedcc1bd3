import type { Source } from '@/lib/guide';
import './source-list.css';

/** Outside public health sources behind a fact; links open in a new tab, never fetched by the extension. */
export function SourceList({ sources, label = 'Sources' }: { sources: readonly Source[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <div class="source-list">
      <span class="source-list-label">{label}:</span>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Source } from '@/lib/guide';
import './source-list.css';

/** "NHS: Back pain": how a source is named wherever it is shown, on cards and pages alike. */
export function nameSource(source: Source): string {
  return `${source.publisher}: ${source.title}`;
}

/** Outside public sources behind a fact; links open in a new tab, never fetched by the extension. */
export function SourceList({ sources, label = 'Sources' }: { sources: readonly Source[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <div class="source-list">
      <span class="source-list-label">{label}:</span>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {nameSource(source)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

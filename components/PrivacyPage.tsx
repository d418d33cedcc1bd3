import type { Block, Span } from '@/lib/privacy/policy-blocks';
import './privacy.css';

const renderSpans = (spans: Span[]) =>
  spans.map((span, i) => (span.strong ? <strong key={i}>{span.text}</strong> : span.text));

function PolicyBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h1>{renderSpans(block.spans)}</h1> : <h2>{renderSpans(block.spans)}</h2>;
    case 'paragraph':
      return <p>{renderSpans(block.spans)}</p>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{renderSpans(item)}</li>
          ))}
        </ul>
      );
  }
}

/** The privacy policy inside the extension, from the same text the stores link to (PRIVACY.md). */
export function PrivacyPage({ blocks }: { blocks: Block[] }) {
  return (
    <main class="privacy">
      {blocks.map((block, i) => (
        <PolicyBlock key={i} block={block} />
      ))}
      <nav class="privacy__links" aria-label="Relief Lens pages">
        <a href="guide.html">The guide</a>
        <a href="options.html">Settings</a>
      </nav>
    </main>
  );
}

import { sectionTitle, type ChecklistItem } from '@/lib/guide';
import { SourceList } from './SourceList';

/** What to check and say before booking, each with a question the reader can ask as written. */
export function Checklist({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <section id="before-you-book" class="guide-section" aria-labelledby="before-you-book-title">
      <h2 id="before-you-book-title">Before you book</h2>
      <ol class="checklist">
        {items.map((item) => (
          <li key={item.id} id={`check-${item.id}`}>
            <h3>{item.title}</h3>
            <p>{item.why}</p>
            <p class="checklist-question">
              <span class="checklist-question-label">You could ask: </span>
              <q>{item.question}</q>
            </p>
            <p class="meta">In the guide: {item.sections.map(sectionTitle).join('; ')}</p>
            <SourceList sources={item.sources} label="Other sources" />
          </li>
        ))}
      </ol>
    </section>
  );
}

import { CATEGORY_LABELS, sectionTitle, termById, type Term } from '@/lib/guide';
import { listOtherForms } from '@/lib/guide-page/describe-glossary';
import { termAnchor } from '@/lib/guide-page/term-id-from-hash';
import { SourceList } from './SourceList';

interface Props {
  term: Term;
  hidden: boolean;
  /** Briefly marked after a deep link lands on it. */
  flashing: boolean;
}

export function GlossaryEntry({ term, hidden, flashing }: Props) {
  const anchor = termAnchor(term.id);
  const otherForms = listOtherForms(term);
  const related = term.related.flatMap((id) => termById(id) ?? []);
  return (
    <article
      id={anchor}
      class={flashing ? 'entry is-flashing' : 'entry'}
      tabIndex={-1}
      aria-labelledby={`${anchor}-name`}
      hidden={hidden}
    >
      <h4 id={`${anchor}-name`}>{term.name}</h4>
      <p class="entry-category">{CATEGORY_LABELS[term.category]}</p>
      <p class="entry-summary">{term.summary}</p>
      <p>{term.details}</p>
      {term.cautions.length > 0 && (
        <div class="entry-cautions">
          <strong>Take care</strong>
          <ul>
            {term.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </div>
      )}
      {term.technique && (
        <p>
          <a href="#techniques">Compare it with the other techniques</a>
        </p>
      )}
      {otherForms.length > 0 && <p class="meta">Also written: {otherForms.join(', ')}</p>}
      <p class="meta">
        {term.sections.length > 0
          ? `In the guide: ${term.sections.map(sectionTitle).join('; ')}`
          : 'The guide does not cover this; it comes from the sources below.'}
      </p>
      <SourceList sources={term.sources} label="Other sources" />
      {related.length > 0 && (
        <p class="meta">
          See also:{' '}
          {related.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ', '}
              <a href={`#${termAnchor(other.id)}`}>{other.name}</a>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}

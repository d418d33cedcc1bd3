import { useMemo } from 'preact/hooks';
import type { Term } from '@/lib/guide';
import { describeResultCount } from '@/lib/guide-page/describe-glossary';
import { filterTerms } from '@/lib/guide-page/filter-terms';
import { groupTermsByLetter, letterAnchor } from '@/lib/guide-page/group-terms-by-letter';
import { GlossaryEntry } from './GlossaryEntry';

interface Props {
  terms: readonly Term[];
  query: string;
  onQueryChange: (query: string) => void;
  flashingId: string | null;
}

/**
 * The A–Z glossary. Every entry stays in the page and non-matching ones are only hidden, so a deep
 * link always has an element to land on and printing can show the whole glossary.
 */
export function Glossary({ terms, query, onQueryChange, flashingId }: Props) {
  const groups = useMemo(() => groupTermsByLetter(terms), [terms]);
  const shown = useMemo(() => new Set(filterTerms(terms, query).map((term) => term.id)), [terms, query]);
  const shownGroups = groups.filter((group) => group.terms.some((term) => shown.has(term.id)));

  return (
    <section id="glossary" class="guide-section glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">Glossary A–Z</h2>
      <div class="glossary-tools" role="search">
        <label for="glossary-search">Search by name or spelling</label>
        <input
          id="glossary-search"
          type="search"
          value={query}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="glossary-count"
          onInput={(event) => onQueryChange(event.currentTarget.value)}
        />
        <p id="glossary-count" role="status">
          {describeResultCount(shown.size, terms.length, query)}
        </p>
      </div>
      {shownGroups.length > 0 ? (
        <nav class="letter-nav" aria-label="Glossary letters">
          <ul>
            {shownGroups.map((group) => (
              <li key={group.letter}>
                <a href={`#${letterAnchor(group.letter)}`}>{group.letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p class="no-results">
          Try a shorter or different spelling.{' '}
          <button type="button" onClick={() => onQueryChange('')}>
            Show all terms
          </button>
        </p>
      )}
      {groups.map((group) => {
        const hidden = !shownGroups.includes(group);
        return (
          <div key={group.letter} class="letter-group" hidden={hidden}>
            <h3 id={letterAnchor(group.letter)} tabIndex={-1}>
              {group.letter}
            </h3>
            {group.terms.map((term) => (
              <GlossaryEntry key={term.id} term={term} hidden={!shown.has(term.id)} flashing={flashingId === term.id} />
            ))}
          </div>
        );
      })}
    </section>
  );
}

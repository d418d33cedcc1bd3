import type { Category, Term } from '../guide/schema';
import type { MatcherForm } from './matcher';

/**
 * The forms the matcher looks for: every form of every term, or only of terms in `categories`
 * (the person's category filter; an empty list highlights nothing).
 */
export function guideForms(terms: readonly Term[], categories?: readonly Category[]): MatcherForm[] {
  const wanted = categories ? new Set<Category>(categories) : undefined;
  return terms
    .filter((term) => !wanted || wanted.has(term.category))
    .flatMap((term) =>
      term.forms.map((form) => ({ text: form.text, termId: term.id, needsContext: form.context === 'needs-context' })),
    );
}

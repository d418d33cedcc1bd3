import type { Category, Term } from '@/lib/guide/schema';
import { compileFormIndex, type FormIndex, type MatcherForm } from './form-index';

/**
 * The forms the matcher looks for: every form of every term. The person's category filter is applied
 * to matches, not here (see category-matcher.ts), so one compiled form index serves every choice.
 */
export function guideForms(terms: readonly Term[]): MatcherForm[] {
  return terms.flatMap((term) =>
    term.forms.map((form) => ({ text: form.text, termId: term.id, needsContext: form.context === 'needs-context' })),
  );
}

/** What a page scan needs of a list of terms: their forms, compiled, and the category of each term. */
export interface TermFormIndex {
  formIndex: FormIndex;
  categories: ReadonlyMap<string, Category>;
}

/**
 * Compiles a list of terms on the spot: for tests and the bench's bigger glossaries. The content
 * script reads the guide's own from build-time data instead (guide-form-index.ts).
 */
export function compileTermFormIndex(terms: readonly Term[]): TermFormIndex {
  return {
    formIndex: compileFormIndex(guideForms(terms)),
    categories: new Map(terms.map((term) => [term.id, term.category])),
  };
}

import { foldForm, type Term } from '@/lib/guide';

/**
 * Whether a glossary term matches what the reader typed: the folded query must appear in the term's
 * name or in one of its forms, so "petrissage" finds "pétrissage" and "deep-tissue" finds "deep tissue".
 * An empty query matches every term.
 */
export function matchTerm(term: Term, query: string): boolean {
  const needle = foldForm(query);
  if (needle === '') return true;
  return [term.name, ...term.forms.map((form) => form.text)].some((text) => foldForm(text).includes(needle));
}

export function filterTerms(terms: readonly Term[], query: string): Term[] {
  return terms.filter((term) => matchTerm(term, query));
}

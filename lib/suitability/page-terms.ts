import { termById, type Term, type TechniqueId } from '@/lib/guide';

export interface PageTechnique {
  technique: TechniqueId;
  term: Term;
  count: number;
}

export interface PageTermSummary {
  techniques: PageTechnique[];
  terms: Array<{ term: Term; count: number }>;
}

/**
 * Splits a page's term counts (from the content script) into the techniques it offers and the other
 * terms, most mentioned first. Ids the knowledge base does not know (an older content script) are skipped.
 */
export function summarizePageTerms(counts: Readonly<Record<string, number>>): PageTermSummary {
  const found = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .flatMap(([id, count]) => {
      const term = termById(id);
      return term ? [{ term, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.term.name.localeCompare(b.term.name));
  return {
    techniques: found.flatMap(({ term, count }) =>
      term.technique ? [{ technique: term.technique, term, count }] : [],
    ),
    terms: found.filter(({ term }) => !term.technique),
  };
}

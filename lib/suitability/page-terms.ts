import { termById, type Term, type TechniqueId } from '@/lib/guide';

interface PageTechnique {
  technique: TechniqueId;
  term: Term;
  count: number;
}

/** A massage the page offers: one of the guide's techniques, or a service the guide does not cover. */
interface PageService {
  term: Term;
  count: number;
  /** Set for the guide's techniques; a service without one is "Not in the guide". */
  technique: TechniqueId | null;
}

export interface PageTermSummary {
  /** Techniques and services together, in the order the page first shows them. */
  services: PageService[];
  techniques: PageTechnique[];
  terms: Array<{ term: Term; count: number }>;
}

const isService = (term: Term) => term.technique !== undefined || term.service !== undefined;

/**
 * Splits a page's term counts (from the content script) into the massages it offers and the other
 * terms. The massages follow `order`, the page's own order (a booking menu reads top to bottom); terms
 * the order lacks, and every other term, come most mentioned first. Ids the knowledge base does not
 * know (an older content script) are skipped.
 */
export function summarizePageTerms(
  counts: Readonly<Record<string, number>>,
  order: readonly string[] = [],
): PageTermSummary {
  const found = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .flatMap(([id, count]) => {
      const term = termById(id);
      return term ? [{ term, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.term.name.localeCompare(b.term.name));
  const rank = (id: string) => {
    const at = order.indexOf(id);
    return at === -1 ? order.length : at;
  };
  const services = found
    .filter(({ term }) => isService(term))
    // A stable sort: within the unordered tail, the most mentioned stay first.
    .sort((a, b) => rank(a.term.id) - rank(b.term.id))
    .map(({ term, count }) => ({ term, count, technique: term.technique ?? null }));
  return {
    services,
    techniques: found.flatMap(({ term, count }) =>
      term.technique ? [{ technique: term.technique, term, count }] : [],
    ),
    terms: found.filter(({ term }) => !isService(term)),
  };
}

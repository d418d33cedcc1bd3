import { termById, type Term, type TechniqueId } from '@/lib/guide';
import type { PageTerms } from '@/lib/messages';

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

export type PageState =
  | { status: 'loading' }
  /** Nothing to show (e.g. the checker runs in its own tab), or the page cannot be read; `message` says why. */
  | { status: 'unavailable'; message: string }
  | {
      status: 'ready';
      /** The site as the settings key it (null for pages that have none, such as file:// pages). */
      host: string | null;
      siteEnabled: boolean;
      summary: PageTermSummary;
    };

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

/**
 * One answer for a tab from its frames' answers: the top frame's address and switch, every frame's
 * counts added up, and the order of the top frame's terms followed by each other frame's, in the
 * order the frames are given, each term once.
 */
export function mergePageTerms(top: PageTerms, frames: readonly PageTerms[]): PageTerms {
  const counts: Record<string, number> = { ...top.counts };
  for (const frame of frames) {
    for (const [id, count] of Object.entries(frame.counts)) counts[id] = (counts[id] ?? 0) + count;
  }
  const order = [...new Set([top, ...frames].flatMap((answer) => answer.order ?? []))];
  return { url: top.url, enabled: top.enabled, counts, order };
}

import type { Category } from '@/lib/guide/vocabulary';
import type { TermGlossary } from './guide-forms';
import { createMatcher, type Matcher } from './matcher';

/**
 * A session's matcher for the categories the person chose: one glossary, read the first time a
 * matcher is asked for, and one matcher, built again only when the categories change. A category
 * filter narrows what the glossary may match without rebuilding it, and categories are looked up per
 * matched form, so a page where nothing matches never reads them.
 */
export interface CategoryMatcher {
  matcherFor(categories: readonly Category[]): Matcher;
  /** A term's category; undefined before the glossary was read, when no match can have named a term. */
  categoryOf(termId: string): Category | undefined;
}

export function createCategoryMatcher(readGlossary: () => TermGlossary): CategoryMatcher {
  let glossary: TermGlossary | null = null;
  let matcher: Matcher | null = null;
  let matcherKey = '';
  return {
    matcherFor(categories) {
      const key = [...categories].sort().join(',');
      if (!matcher || key !== matcherKey) {
        const wanted = new Set<Category | undefined>(categories);
        const read = (glossary ??= readGlossary());
        matcher = createMatcher(read.glossary, (termId) => wanted.has(read.categories.get(termId)));
        matcherKey = key;
      }
      return matcher;
    },
    categoryOf: (termId) => glossary?.categories.get(termId),
  };
}

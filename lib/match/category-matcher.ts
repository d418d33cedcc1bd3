import type { Category } from '@/lib/guide/vocabulary';
import type { TermFormIndex } from './guide-forms';
import { createMatcher, type Matcher } from './matcher';

/**
 * A session's matcher for the categories the person chose: one form index, read the first time a
 * matcher is asked for, and one matcher, built again only when the categories change. A category
 * filter narrows what the form index may match without rebuilding it, and categories are looked up per
 * matched form, so a page where nothing matches never reads them.
 */
export interface CategoryMatcher {
  matcherFor(categories: readonly Category[]): Matcher;
  /** A term's category; undefined before the form index was read, when no match can have named a term. */
  categoryOf(termId: string): Category | undefined;
}

export function createCategoryMatcher(readFormIndex: () => TermFormIndex): CategoryMatcher {
  let formIndex: TermFormIndex | null = null;
  let matcher: Matcher | null = null;
  let matcherKey = '';
  return {
    matcherFor(categories) {
      const key = [...categories].sort().join(',');
      if (!matcher || key !== matcherKey) {
        const wanted = new Set<Category | undefined>(categories);
        const read = (formIndex ??= readFormIndex());
        matcher = createMatcher(read.formIndex, (termId) => wanted.has(read.categories.get(termId)));
        matcherKey = key;
      }
      return matcher;
    },
    categoryOf: (termId) => formIndex?.categories.get(termId),
  };
}

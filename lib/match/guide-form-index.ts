import type { Category } from '@/lib/guide/vocabulary';
import { lazily } from '@/lib/lazily';
import type { TermFormIndex } from './guide-forms';
import { guideFormCount, guidePrefilter, takeGuideFormIndexData } from './guide-form-index.generated';
import { lazyFormIndex, readTrieRoot } from './form-index';

/**
 * Read once for the script, and only once a page's text first stops the prefilter (or a match asks
 * for its term's category). What is kept is the trie's first level, the parts of the data not read
 * yet and the categories; the parsed data itself is not held.
 */
const guide = lazily(() => {
  const data = takeGuideFormIndexData();
  return {
    root: readTrieRoot(data),
    categories: new Map<string, Category>(data.terms.map((id, i) => [id, data.categories[i]!])),
  };
});

/**
 * The guide's form index as the content script uses it, read from data written at build time
 * (`npm run generate:form-index`). Compiling the ~300 forms took ~10 ms of cold script on every page
 * load and in every frame; the data is parsed instead, and a page without a possible form never
 * parses it. The script carries no term texts, only forms and categories.
 */
export function readGuideFormIndex(): TermFormIndex {
  return {
    formIndex: lazyFormIndex(guidePrefilter, guideFormCount, () => guide().root),
    get categories() {
      return guide().categories;
    },
  };
}

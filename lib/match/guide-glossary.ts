import type { Category } from '@/lib/guide/vocabulary';
import { lazily } from '@/lib/lazily';
import type { TermGlossary } from './guide-forms';
import { guideFormCount, guidePrefilter, takeGuideGlossaryData } from './guide-glossary.generated';
import { lazyGlossary, readTrieRoot } from './glossary';

/**
 * Read once for the script, and only once a page's text first stops the prefilter (or a match asks
 * for its term's category). What is kept is the trie's first level, the parts of the data not read
 * yet and the categories; the parsed data itself is not held.
 */
const guide = lazily(() => {
  const data = takeGuideGlossaryData();
  return {
    root: readTrieRoot(data),
    categories: new Map<string, Category>(data.terms.map((id, i) => [id, data.categories[i]!])),
  };
});

/**
 * The guide's glossary as the content script uses it, read from data written at build time
 * (`npm run generate:glossary`). Compiling the ~300 forms took ~10 ms of cold script on every page
 * load and in every frame; the data is parsed instead, and a page without a possible form never
 * parses it. The script carries no term texts, only forms and categories.
 */
export function readGuideGlossary(): TermGlossary {
  return {
    glossary: lazyGlossary(guidePrefilter, guideFormCount, () => guide().root),
    get categories() {
      return guide().categories;
    },
  };
}

import { lazily } from '@/lib/lazily';
import type { TermGlossary } from './guide-forms';
import { guideFormCount, guideGlossaryData, guidePrefilter } from './guide-glossary.generated';
import { lazyGlossary } from './matcher';

/**
 * The guide's glossary as the content script uses it, read from data written at build time
 * (`npm run generate:glossary`). Compiling the ~300 forms took ~10 ms of cold script on every page
 * load and in every frame; the data is parsed instead, and only once a page's text first stops the
 * prefilter (or a match asks for its term's category): a page without a possible form never parses
 * it. The script carries no term texts, only forms and categories.
 */
export function readGuideGlossary(): TermGlossary {
  const data = lazily(guideGlossaryData);
  const categories = lazily(() => new Map(Object.entries(data().categories)));
  return {
    glossary: lazyGlossary(guidePrefilter, guideFormCount, () => data().trie),
    get categories() {
      return categories();
    },
  };
}

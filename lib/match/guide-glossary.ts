import type { TermGlossary } from './guide-forms';
import { guideGlossaryData } from './guide-glossary.generated';
import { readGlossaryData } from './matcher';

/**
 * The guide's glossary as the content script uses it, read from data written at build time
 * (`npm run generate:glossary`). Compiling the ~300 forms took ~10 ms of cold script on every page
 * load and in every frame, several times a floor pass over a typical page; reading the data takes a
 * fraction of a millisecond, and the script carries no term texts, only forms and categories.
 */
export function readGuideGlossary(): TermGlossary {
  const { glossary, categories } = guideGlossaryData();
  return { glossary: readGlossaryData(glossary), categories: new Map(Object.entries(categories)) };
}

import { TERMS } from '../guide';
import type { Category, Term } from '../guide/schema';
import { GUIDE_GLOSSARY } from './guide-glossary.generated';
import { compileGlossary, readGlossaryData, type Glossary, type MatcherForm } from './matcher';

/**
 * The forms the matcher looks for: every form of every term, or only of terms in `categories`
 * (the person's category filter; an empty list highlights nothing).
 */
export function guideForms(terms: readonly Term[], categories?: readonly Category[]): MatcherForm[] {
  const wanted = categories ? new Set<Category>(categories) : undefined;
  return terms
    .filter((term) => !wanted || wanted.has(term.category))
    .flatMap((term) =>
      term.forms.map((form) => ({ text: form.text, termId: term.id, needsContext: form.context === 'needs-context' })),
    );
}

/**
 * The glossary of every form of `terms`. The guide's own terms come compiled at build time
 * (`npm run generate:glossary`): compiling their ~300 forms took ~10 ms of cold script on every
 * page load and in every frame, several times a floor pass over a typical page; reading the
 * generated data is a fraction of a millisecond. Other lists (tests, the bench's bigger glossary)
 * are compiled here.
 */
export function guideGlossary(terms: readonly Term[]): Glossary {
  return terms === TERMS ? readGlossaryData(GUIDE_GLOSSARY) : compileGlossary(guideForms(terms));
}

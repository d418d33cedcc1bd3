import { foldForm, type Term } from '@/lib/guide';

/** The live region's text after each keystroke in the glossary search. */
export function describeResultCount(shown: number, total: number, query: string): string {
  if (query.trim() === '') return `${total} terms`;
  if (shown === 0) return 'No terms match';
  return `${shown} of ${total} terms match`;
}

/** Other ways a page may write the term, without repeats of the name that differ only in case, accents or hyphens. */
export function listOtherForms(term: Term): string[] {
  const seen = new Set([foldForm(term.name)]);
  const others: string[] = [];
  for (const { text } of term.forms) {
    const key = foldForm(text);
    if (seen.has(key)) continue;
    seen.add(key);
    others.push(text);
  }
  return others;
}

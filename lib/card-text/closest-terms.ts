import { foldForm, type Term } from '@/lib/guide';
import { guideForms } from '@/lib/match/guide-forms';
import { compileMatcher, type Matcher, type TextMatch } from '@/lib/match/matcher';

/**
 * What a selection the person asked about ("Explain with Relief Lens") means among the guide's terms: the
 * term it contains, or the entries closest to it so a "not in the guide" card can still help.
 */
export type TextLookup = { kind: 'term'; term: Term } | { kind: 'unknown'; closest: Term[] };

/** Folded text with punctuation turned into spaces, padded so whole words can be found with `includes`. */
function words(text: string): string {
  return ` ${foldForm(text)
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

function spellings(term: Term): string[] {
  return [term.name, ...term.forms.map((form) => form.text)];
}

const matchers = new WeakMap<readonly Term[], Matcher>();

/** The matcher the page's highlights use (same compiler, same forms), built once per list of terms. */
function matcherFor(terms: readonly Term[]): Matcher {
  let matcher = matchers.get(terms);
  if (!matcher) {
    matcher = compileMatcher(guideForms(terms));
    matchers.set(terms, matcher);
  }
  return matcher;
}

/**
 * The term a text names, found by the same matcher as the page's highlights, so a selection and a
 * highlight never disagree; the longest match wins, so "deep tissue massage" is deep tissue massage
 * rather than massage. Context-dependent forms count here: the person chose this text on purpose.
 */
export function findTermInText(text: string, terms: readonly Term[]): Term | null {
  let best: TextMatch | null = null;
  for (const match of matcherFor(terms).findAll(text)) {
    if (!best || match.end - match.start > best.end - best.start) best = match;
  }
  const termId = best?.termId;
  return termId === undefined ? null : (terms.find((term) => term.id === termId) ?? null);
}

function bigrams(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i < text.length - 1; i++) grams.push(text.slice(i, i + 2));
  return grams;
}

/** Sørensen–Dice similarity of two folded strings' letter pairs: 1 for equal, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  const left = bigrams(words(a));
  const right = bigrams(words(b));
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = pool.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Below this, an entry has too little in common with the text to be worth suggesting. */
const MIN_SIMILARITY = 0.35;

export function findClosestTerms(text: string, terms: readonly Term[], limit = 3): Term[] {
  return terms
    .map((term) => ({ term, score: Math.max(...spellings(term).map((spelling) => similarity(text, spelling))) }))
    .filter(({ score }) => score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ term }) => term);
}

export function lookUpText(text: string, terms: readonly Term[]): TextLookup {
  const term = findTermInText(text, terms);
  return term ? { kind: 'term', term } : { kind: 'unknown', closest: findClosestTerms(text, terms) };
}

/*
 * Why this design. Measured in Node 22 on the saved-page corpus's text (4.6 MB with repeats), one cold
 * run per fresh process, median of 5, as a ratio to the floor (lower-casing every text node once);
 * `node bench/matcher.mjs` repeats it. A JavaScript loop over every word: 2.2–3× the floor.
 * One alternation regex of all forms: ~1× for the real form index, ~10× (and seconds to compile) with
 * 100× the forms. Folding the page first: one floor per copy; accent classes in the regex: 3–6× slower.
 * Chosen (~0.5× the floor, ~0.7× with 100× generated forms): prefilter.ts's native, case-insensitive
 * regex (a capped trie of the forms' first words) runs over the ORIGINAL string and stops only where a
 * form may begin; a second native regex finds the few words with an accent, soft hyphen, zero-width
 * character or combining mark. Only there does JavaScript read the word, check its boundary, fold it
 * (`foldForm`, lib/guide/fold-form.ts) and walk a word-level trie for the longest form. No copy of the
 * page is made, so offsets are the original's. Weak spot: work grows with the page words that can
 * begin a form (forms starting with everyday English words scan at ~9× the floor).
 */
import { foldForm } from '@/lib/guide/fold-form';
import {
  childrenOf,
  compileFormIndex,
  gapKey,
  SEPARATOR,
  WORD_CLASS,
  WORDS,
  type FormIndex,
  type MatcherForm,
  type WordNode,
} from './form-index';

/** Offsets into the original text passed to `findAll`. */
export interface TextMatch {
  start: number;
  end: number;
  termId: string;
  needsContext: boolean;
}

export interface Matcher {
  findAll(text: string): TextMatch[];
  readonly formCount: number;
}

const WORD = new RegExp(`[${WORD_CLASS}]+`, 'y');
const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`);
/** What may stand between two words of a form (the indentation of pretty-printed HTML fits); longer runs end it. */
const GAP = new RegExp(`[^${WORD_CLASS}]{1,256}`, 'y');
/**
 * What the ASCII filter cannot see through: accented Latin letters, combining accents, soft hyphens
 * and zero-width characters. The words holding one are checked one by one; real pages have few.
 */
// eslint-disable-next-line no-misleading-character-class -- the combining accents are listed on purpose, as a range
const FOLDABLE = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const NON_ASCII = /[^\x00-\x7f]/;

export function compileMatcher(forms: readonly MatcherForm[]): Matcher {
  return createMatcher(compileFormIndex(forms));
}

/**
 * `accept` narrows the form index without rebuilding it: a form of a term it rejects is never matched,
 * as if it were not there.
 */
export function createMatcher(formIndex: FormIndex, accept: (termId: string) => boolean = () => true): Matcher {
  return {
    formCount: formIndex.formCount,
    findAll: (text) => {
      const matches = findMatches(text, formIndex, accept);
      forgetLastSubject();
      return matches;
    },
  };
}

const EMPTY = /(?:)/;

/**
 * A realm keeps the string its last successful match ran on (it is `RegExp.input`) for as long as
 * the realm lives: after a scan, a window of the page's text, up to 16 KB. A match on an empty
 * string puts an empty one in its place.
 */
function forgetLastSubject(): void {
  EMPTY.test('');
}

/**
 * Two streams of word starts, merged in text order: the filter's hits, and words holding a character
 * it cannot see through. Each start is tried once; everything before `position` is done.
 */
function findMatches(text: string, formIndex: FormIndex, accept: (termId: string) => boolean): TextMatch[] {
  const matches: TextMatch[] = [];
  const { prefilter } = formIndex;
  let filterHit = findFilterHit(prefilter, text, 0);
  let foldableWord = findFoldableWord(text, 0);
  while (filterHit >= 0 || foldableWord >= 0) {
    const start = foldableWord < 0 || (filterHit >= 0 && filterHit < foldableWord) ? filterHit : foldableWord;
    const position = matchAt(text, start, formIndex.root, accept, matches);
    if (filterHit >= 0 && filterHit < position) filterHit = findFilterHit(prefilter, text, position);
    if (foldableWord >= 0 && foldableWord < position) foldableWord = findFoldableWord(text, position);
  }
  return matches;
}

/**
 * Where the next filter hit starts, or -1. `test` rather than `exec`: it builds no result array, and
 * on a page that keeps changing those arrays were most of what a rescan allocated. A hit is either
 * one character outside ASCII letters and digits, or a run of them after a word start, so its start
 * is found from its end.
 */
function findFilterHit(prefilter: RegExp, text: string, from: number): number {
  prefilter.lastIndex = from;
  if (!prefilter.test(text)) return -1;
  let start = prefilter.lastIndex - 1;
  if (isAsciiAlnumAt(text, start)) while (start > from && isAsciiAlnumAt(text, start - 1)) start -= 1;
  return start;
}

function isAsciiAlnumAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** The start of the next word at or after `from` that holds a foldable character, or -1. */
function findFoldableWord(text: string, from: number): number {
  FOLDABLE.lastIndex = from;
  const hit = FOLDABLE.exec(text);
  if (!hit) return -1;
  let start = hit.index;
  while (start > from && isWordCharAt(text, start - 1)) start -= 1;
  while (isInvisible(text.charCodeAt(start))) start += 1;
  return start;
}

/** Tries the forms starting at `start`; adds the longest to `matches`; returns where scanning goes on. */
function matchAt(
  text: string,
  start: number,
  root: Map<string, WordNode>,
  accept: (termId: string) => boolean,
  matches: TextMatch[],
): number {
  // Sticky `test` and `lastIndex` rather than `exec`, which would build an array for every word.
  WORD.lastIndex = start;
  if (!WORD.test(text)) return start + 1; // the filter stopped on a character that starts no word
  const firstEnd = WORD.lastIndex;
  if (hasWordBefore(text, start)) return firstEnd;
  let node = root.get(wordKey(text.slice(start, firstEnd)));
  let position = firstEnd;
  let bestEnd = -1;
  let bestNode: WordNode | undefined;
  if (node && endsForm(node, accept)) {
    bestEnd = position;
    bestNode = node;
  }
  while (node && childrenOf(node)) {
    GAP.lastIndex = position;
    if (!GAP.test(text)) break;
    const gapEnd = GAP.lastIndex;
    WORD.lastIndex = gapEnd;
    if (!WORD.test(text)) break;
    node = nextNode(node, text.slice(position, gapEnd), wordKey(text.slice(gapEnd, WORD.lastIndex)));
    position = WORD.lastIndex;
    if (node && endsForm(node, accept)) {
      bestEnd = position;
      bestNode = node;
    }
  }
  if (!bestNode) return firstEnd;
  let end = bestEnd;
  while (isInvisible(text.charCodeAt(end - 1))) end -= 1; // "sciatica\u00ad": the soft hyphen stays out
  matches.push({ start, end, termId: bestNode.termId!, needsContext: bestNode.needsContext === true });
  return bestEnd;
}

function endsForm(node: WordNode, accept: (termId: string) => boolean): boolean {
  return node.termId !== undefined && accept(node.termId);
}

/**
 * `foldForm` (NFD and five replaces) is the costly part of checking a word with accents; pages repeat
 * their words ("für", "über"), so folded words are remembered, up to a bound.
 */
const foldedWords = new Map<string, string>();
const MAX_FOLDED_WORDS = 5000;

function wordKey(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  let key = foldedWords.get(word);
  if (key === undefined) {
    if (foldedWords.size >= MAX_FOLDED_WORDS) foldedWords.clear();
    key = foldForm(word);
    foldedWords.set(word, key);
  }
  return key;
}

/**
 * A gap `foldForm` folds to nothing: whitespace and hyphens only. After the words where the
 * prefilter stops in the corpus, 66 % of gaps are one space, 18 % other such gaps (a line break, a
 * node separator) and 16 % punctuation; folding one costs a normalisation and five replaces.
 */
const BLANK_GAP = /^[\s\-\u2010-\u2013]+$/;

/** Folding may turn a gap into words ("R&D" → "r and d"), which the form's trie then holds as words. */
function nextNode(node: WordNode, gap: string, word: string): WordNode | undefined {
  let current: WordNode | undefined = node;
  // One space, two gaps in three, needs no regex test.
  let rest = gap === ' ' || BLANK_GAP.test(gap) ? ' ' : gap;
  if (rest !== ' ') {
    const folded = foldForm(gap);
    let last = 0;
    for (const inner of folded.matchAll(WORDS)) {
      current = current && childrenOf(current)?.get(gapKey(folded.slice(last, inner.index)) + SEPARATOR + inner[0]);
      last = inner.index + inner[0].length;
    }
    rest = folded.slice(last);
  }
  return current && childrenOf(current)?.get(gapKey(rest) + SEPARATOR + word);
}

/** True when `start` is inside a word: "zbMassage", "café\u00admassage"; a zero-width space before it does not count. */
function hasWordBefore(text: string, start: number): boolean {
  let index = start;
  while (index > 0 && isInvisible(text.charCodeAt(index - 1))) index -= 1;
  return index > 0 && isWordCharAt(text, index - 1);
}

function isWordCharAt(text: string, index: number): boolean {
  if (text.charCodeAt(index) < 0x80) return isAsciiAlnumAt(text, index);
  return WORD_CHAR.test(text.charAt(index));
}

/** Soft hyphen and zero-width characters: dropped by `foldForm`, kept out of a match's ends. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

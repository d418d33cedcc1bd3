/*
 * Why this design (measured in Node 22 on the text of /work/shared/corpus, a fresh process per run;
 * `node scripts/bench-matcher.mjs` repeats it). The "floor" is lower-casing every text node once.
 *
 * - A loop in JavaScript over every word (a word regex + a Map lookup per word) cost ~1.3× the floor
 *   on its own, cold: per-character or per-word JavaScript is what a cold content script cannot afford.
 * - One alternation regex of whole forms or first words is fast for the real glossary (~0.2× the floor)
 *   but grows with it: with 100× as many forms it scanned ~10× slower and took seconds to compile.
 * - Chosen: a native case-insensitive regex, built as a character trie of the forms' first words and
 *   capped in size (prefilter.ts), runs over the ORIGINAL string (no lower-cased copy: lower-casing a
 *   two-byte string of a whole page costs about as much as the floor). It stops only at word starts
 *   that can begin a form. There, JavaScript reads the word, checks the Unicode word boundary, and
 *   walks a word-level trie (Map from folded word to node) for the longest form. Work per hit does
 *   not depend on the glossary's size, and the regex stops growing past its cap. Results in the
 *   report and in scripts/bench-matcher.mjs.
 *
 * Folding is kb's `foldForm` (lib/guide/fold-form.ts), applied to forms and to the few words and gaps
 * read at hits. The page itself is never folded: accents are handled by the filter's character
 * classes, and the length-changing folds (soft hyphens, zero-width characters, combining accents)
 * copy the text only when present (strip-invisible.ts), keeping an offset map back to the original.
 */
import { foldForm } from '../guide/fold-form';
import { buildPrefilter } from './prefilter';
import { stripInvisible } from './strip-invisible';

export interface MatcherForm {
  text: string;
  termId: string;
  needsContext: boolean;
}

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

interface WordNode {
  form?: MatcherForm;
  /** Keyed by `gapKey(gap) + SEPARATOR + folded word`. */
  next?: Map<string, WordNode>;
}

/** Letters (any script), digits and marks make words: no hit inside "zbMassage" or "sciatica2". */
const WORD = /[\p{L}\p{N}\p{M}]+/uy;
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;
/** What may stand between two words of a form; longer runs end the form. */
const GAP = /[^\p{L}\p{N}\p{M}]{1,64}/uy;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const NON_ASCII = /[^\x00-\x7f]/;
const SEPARATOR = '\u0001';

export function compileMatcher(forms: readonly MatcherForm[]): Matcher {
  const root = new Map<string, WordNode>();
  let formCount = 0;
  for (const form of forms) {
    if (insertForm(root, form)) formCount += 1;
  }
  const prefilter = buildPrefilter(root.keys());
  return {
    formCount,
    findAll: (text) => findMatches(text, root, prefilter),
  };
}

/** Returns false for a form with no word in it, or one already given (the first one given wins). */
function insertForm(root: Map<string, WordNode>, form: MatcherForm): boolean {
  const folded = foldForm(form.text);
  let node: WordNode | undefined;
  let previousEnd = -1;
  for (const word of folded.matchAll(WORDS)) {
    const key = node ? gapKey(folded.slice(previousEnd, word.index)) + SEPARATOR + word[0] : word[0];
    const siblings: Map<string, WordNode> = node ? (node.next ??= new Map()) : root;
    let child = siblings.get(key);
    if (!child) {
      child = {};
      siblings.set(key, child);
    }
    node = child;
    previousEnd = word.index + word[0].length;
  }
  if (!node || node.form) return false;
  node.form = form;
  return true;
}

function findMatches(original: string, root: Map<string, WordNode>, prefilter: RegExp): TextMatch[] {
  const stripped = stripInvisible(original);
  const text = stripped.text;
  const matches: TextMatch[] = [];
  prefilter.lastIndex = 0;
  for (let hit = prefilter.exec(text); hit !== null; hit = prefilter.exec(text)) {
    const start = hit.index;
    WORD.lastIndex = start;
    const first = WORD.exec(text);
    if (!first) continue; // the filter stopped on a character that is not a word character
    let node = isWordCharBefore(text, start) ? undefined : root.get(wordKey(first[0]));
    let position = WORD.lastIndex;
    let best = node?.form ? { end: position, form: node.form } : undefined;
    while (node?.next) {
      GAP.lastIndex = position;
      const gap = GAP.exec(text);
      if (!gap) break;
      WORD.lastIndex = GAP.lastIndex;
      const word = WORD.exec(text);
      if (!word) break;
      node = node.next.get(gapKey(gap[0]) + SEPARATOR + wordKey(word[0]));
      position = WORD.lastIndex;
      if (node?.form) best = { end: position, form: node.form };
    }
    if (best) {
      const span = stripped.toOriginal(start, best.end);
      matches.push({ ...span, termId: best.form.termId, needsContext: best.form.needsContext });
    }
    prefilter.lastIndex = best ? best.end : start + first[0].length;
  }
  return matches;
}

function wordKey(word: string): string {
  return NON_ASCII.test(word) ? foldForm(word) : word.toLowerCase();
}

/** Spaces, hyphens and dashes between words all fold to the same (empty) key; "'" or "&" stay. */
function gapKey(gap: string): string {
  return gap === ' ' ? '' : foldForm(gap);
}

function isWordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return WORD_CHAR.test(text.slice(isLowSurrogate ? index - 2 : index - 1, index));
}

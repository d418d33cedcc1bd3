import { foldForm } from '@/lib/guide/fold-form';
import { buildPrefilter } from './prefilter';

/**
 * The form index a matcher searches with: a trie of the forms' folded words, and the prefilter that finds
 * where one may begin (prefilter.ts). The guide's form index is compiled at build time and written as
 * plain data into a module; a page reads it back level by level, only as far as its text reaches.
 */

export interface MatcherForm {
  text: string;
  termId: string;
  needsContext: boolean;
}

export interface WordNode {
  /** Set where a form ends: the term it names, and whether it needs context. */
  termId?: string;
  needsContext?: boolean;
  /** Keyed by `gapKey(gap) + SEPARATOR + folded word`. Read it through `childrenOf`. */
  next?: Map<string, WordNode>;
  /** Children not yet read from build-time data: their level in `source` (see `readLevel`). */
  level?: number;
  source?: TrieSource;
}

/**
 * Letters and digits of any script, and combining marks, make words, so there is no hit inside
 * "zbMassage", "sciatica2" or "massageмассаж". Soft hyphens and zero-width characters count too:
 * `foldForm` drops them, so "mas\u00adsage" is one word, "massage". Written as code-unit ranges
 * (punctuation, symbols, spaces and emoji left out) rather than `\p{L}`: measured, each `u`-flag
 * property class costs about a millisecond to compile on a cold page, more than the whole build.
 */
export const WORD_CLASS =
  '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff' +
  '\\u2070-\\u209f\\u2c00-\\u2dff\\u2e80-\\u2fff\\u3005-\\u3007\\u3021-\\u302f\\u3031-\\u303c\\u3040-\\ud7ff' +
  '\\uf900-\\ufdff\\ufe70-\\ufefe\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc' +
  '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';
export const WORDS = new RegExp(`[${WORD_CLASS}]+`, 'g');
export const SEPARATOR = '\u0001';

/**
 * What a matcher searches with, built once for a list of forms: the word trie and the prefilter.
 * Many matchers (one per category filter) can share one.
 */
export interface FormIndex {
  readonly root: Map<string, WordNode>;
  readonly prefilter: RegExp;
  readonly formCount: number;
}

/** A form index as plain data, for writing into a module at build time (scripts/generate-form-index.mjs). */
export interface FormIndexData extends TrieSource {
  prefilter: string;
  formCount: number;
}

/**
 * One node of the word trie as plain data. Where a form ends, `form` is `FORM_STEP * i + 1` for a
 * form of `terms[i]` that needs context, `FORM_STEP * i` for one that does not; `next` is the level
 * that holds the node's children. Numbers rather than objects, because the content script keeps
 * whatever it parsed of this for as long as the page lives.
 */
type TrieEntry = [key: string, form: number | null, next: number | null];

/**
 * The word trie as plain data, one level per set of siblings: `levels[0]` holds the root's
 * children, and each level is the JSON text of its entries. Text, parsed a level at a time: a page
 * reads only the levels its text reaches (most pages never get past a form's first word), and what
 * it never reads stays a compact string instead of parsed arrays.
 */
export interface TrieSource {
  terms: string[];
  levels: string[];
}

const FORM_STEP = 2;

export function compileFormIndex(forms: readonly MatcherForm[]): FormIndex {
  const root = new Map<string, WordNode>();
  let formCount = 0;
  for (const form of forms) {
    if (insertForm(root, form)) formCount += 1;
  }
  return { root, formCount, prefilter: buildPrefilter(root.keys()) };
}

export function writeFormIndexData(formIndex: FormIndex): FormIndexData {
  const terms: string[] = [];
  const termIndex = new Map<string, number>();
  const formOf = (node: WordNode): number | null => {
    if (node.termId === undefined) return null;
    let index = termIndex.get(node.termId);
    if (index === undefined) termIndex.set(node.termId, (index = terms.push(node.termId) - 1));
    return FORM_STEP * index + (node.needsContext ? 1 : 0);
  };
  const levels: string[] = [];
  const writeLevel = (nodes: Map<string, WordNode>): number => {
    const level = levels.push('') - 1;
    const entries = Array.from(nodes, ([key, node]): TrieEntry => {
      const next = childrenOf(node);
      return [key, formOf(node), next ? writeLevel(next) : null];
    });
    levels[level] = JSON.stringify(entries);
    return level;
  };
  writeLevel(formIndex.root);
  return { prefilter: formIndex.prefilter.source, formCount: formIndex.formCount, terms, levels };
}

/**
 * A form index from build-time data whose word trie is read only when a page's text first stops the
 * prefilter: on a page without a possible form, `root` is never called, so the data is never parsed
 * and the script keeps nothing of it.
 */
export function lazyFormIndex(prefilter: string, formCount: number, root: () => FormIndexRoot): FormIndex {
  let read: FormIndexRoot | undefined;
  return {
    prefilter: new RegExp(prefilter, 'gi'),
    formCount,
    get root() {
      return (read ??= root());
    },
  };
}

export type FormIndexRoot = FormIndex['root'];

/** The trie's first level, read from `source`, which it takes over: each level's text goes once read. */
export function readTrieRoot(source: TrieSource): FormIndexRoot {
  return readLevel(source, 0);
}

/**
 * One level only: a node's children are read when a page first reaches it (`childrenOf`), since this
 * runs cold on every page. Indexes rather than destructuring: destructuring an array walks its iterator.
 */
function readLevel(source: TrieSource, level: number): Map<string, WordNode> {
  const entries = JSON.parse(source.levels[level]!) as TrieEntry[];
  source.levels[level] = '';
  const nodes = new Map<string, WordNode>();
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i]!;
    const node: WordNode = {};
    const form = entry[1];
    if (form !== null) {
      node.termId = source.terms[Math.floor(form / FORM_STEP)];
      node.needsContext = form % FORM_STEP === 1;
    }
    if (entry[2] !== null) {
      node.level = entry[2];
      node.source = source;
    }
    nodes.set(entry[0], node);
  }
  return nodes;
}

export function childrenOf(node: WordNode): Map<string, WordNode> | undefined {
  if (node.source) {
    node.next = readLevel(node.source, node.level!);
    node.level = undefined;
    node.source = undefined;
  }
  return node.next;
}

/** Returns false for a form with no word in it, or one already given (the first one given wins). */
function insertForm(root: Map<string, WordNode>, form: MatcherForm): boolean {
  const folded = foldForm(form.text);
  let node: WordNode | undefined;
  let previousEnd = -1;
  WORDS.lastIndex = 0;
  for (let word = WORDS.exec(folded); word !== null; word = WORDS.exec(folded)) {
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
  if (!node || node.termId !== undefined) return false;
  node.termId = form.termId;
  node.needsContext = form.needsContext;
  return true;
}

/** Spaces, hyphens and dashes between words all fold to the same (empty) key; "'" or "." stay. */
export function gapKey(gap: string): string {
  return gap === ' ' ? '' : foldForm(gap);
}

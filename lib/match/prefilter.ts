/**
 * The native half of the matcher: one case-insensitive regex that stops only at the starts of
 * words that may begin a form. It is a character trie of the forms' first words written out as
 * nested alternations, so the regex engine (fast even before the JIT warms up) skips every
 * stretch of text that cannot start a form, and JavaScript only runs on the few places it stops.
 *
 * It is a filter, not the judge: it matches a prefix of a first word, and the matcher reads the
 * whole word and checks it. That lets it stay small. An alternation grows slower with every
 * alternative, so past `maxNodes` trie nodes the trie is cut at a shallower depth: a very large
 * form index then stops the regex at more word starts, but never makes the regex itself huge.
 */

/** Measured on the corpus: a trie this size compiles in well under a millisecond and scans at full speed. */
export const PREFILTER_MAX_NODES = 2000;

/**
 * `words` are folded first words (lower case, no accents). Only their leading run of ASCII letters
 * and digits is used, since the filter only needs a prefix; a word that starts with any other
 * character is filtered by that one character. Written with plain loops over a sorted list rather than
 * a Map trie: this runs once per page, cold, and the Map version took ~20× as long.
 */
export function buildPrefilter(words: Iterable<string>, maxNodes = PREFILTER_MAX_NODES): RegExp {
  const prefixes = dropExtensions([...new Set(Array.from(words, leadingRun))].sort());
  const depth = chooseDepth(prefixes, maxNodes);
  const cut = dropExtensions([...new Set(prefixes.map((prefix) => prefix.slice(0, depth)))]);
  const ascii = cut.filter((prefix) => isAsciiAlnum(prefix.charCodeAt(0)));
  const other = cut.filter((prefix) => !isAsciiAlnum(prefix.charCodeAt(0)));
  const branches: string[] = [];
  // One `\b` in front of all the ASCII branches lets the engine reject a position inside a word at
  // once (measured: about 1.5× faster than a `\b` per branch). It only knows ASCII word characters;
  // the matcher checks the real boundary on every hit.
  if (ascii.length > 0) branches.push(`\\b(?:${writeTrie(ascii, 0, ascii.length, 0)})`);
  if (other.length > 0) branches.push(writeTrie(other, 0, other.length, 0));
  // An empty form index must match nothing: (?!) never matches.
  return new RegExp(branches.length > 0 ? branches.join('|') : '(?!)', 'gi');
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}

function leadingRun(word: string): string {
  let end = 0;
  while (end < word.length && isAsciiAlnum(word.charCodeAt(end))) end += 1;
  return end > 0 ? word.slice(0, end) : word.charAt(0);
}

/** Keeps, of a sorted list, the entries no earlier entry is a prefix of: "massage" lets "massages" through. */
function dropExtensions(sorted: readonly string[]): string[] {
  const kept: string[] = [];
  for (const prefix of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || !prefix.startsWith(last)) kept.push(prefix);
  }
  return kept;
}

/**
 * The deepest cut of the trie of `sorted` whose node count stays within the budget (at least one
 * level). An entry adds one node per character past the prefix it shares with the entry before it.
 */
function chooseDepth(sorted: readonly string[], maxNodes: number): number {
  const shared: number[] = [];
  let longest = 1;
  for (let i = 0; i < sorted.length; i += 1) {
    const word = sorted[i] ?? '';
    const previous = sorted[i - 1] ?? '';
    let common = 0;
    while (common < word.length && word.charCodeAt(common) === previous.charCodeAt(common)) common += 1;
    shared.push(common);
    longest = Math.max(longest, word.length);
  }
  let depth = 1;
  for (let next = 2; next <= longest; next += 1) {
    let nodes = 0;
    for (let i = 0; i < sorted.length; i += 1)
      nodes += Math.min(sorted[i]?.length ?? 0, next) - Math.min(shared[i] ?? 0, next);
    if (nodes > maxNodes) break;
    depth = next;
  }
  return depth;
}

/** The alternation for `sorted[from, to)`, which share their first `depth` characters and none of which is a prefix of another. */
function writeTrie(sorted: readonly string[], from: number, to: number, depth: number): string {
  if (to - from === 1) return escapeText((sorted[from] ?? '').slice(depth));
  const branches: string[] = [];
  for (let i = from; i < to;) {
    const char = (sorted[i] ?? '').charAt(depth);
    let end = i + 1;
    while (end < to && (sorted[end] ?? '').charAt(depth) === char) end += 1;
    branches.push(escapeText(char) + writeTrie(sorted, i, end, depth + 1));
    i = end;
  }
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

const SPECIAL = '\\^$.*+?()[]{}|/-';

function escapeText(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i += 1)
    escaped += SPECIAL.includes(text.charAt(i)) ? `\\${text.charAt(i)}` : text.charAt(i);
  return escaped;
}

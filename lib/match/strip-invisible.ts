/**
 * Characters `foldForm` drops: combining accents (a decomposed "é" is "e" + U+0301), soft hyphens
 * and zero-width characters. They are the only folds that change a text's length, and they are
 * rare on real pages, so the matcher copies a page's text only when one is present and otherwise
 * works on the original string.
 */
const INVISIBLE = /[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = /[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const COMBINING = /[\u0300-\u036f]/;

export interface StrippedText {
  /** The text without invisible characters (the same string when there were none). */
  readonly text: string;
  /** Maps a match `[start, end)` in `text` back to the original string. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

export function stripInvisible(original: string): StrippedText {
  if (!INVISIBLE.test(original)) return { text: original, toOriginal: (start, end) => ({ start, end }) };
  // keptBefore[j]: how many kept characters precede the j-th removed one (ascending).
  const keptBefore: number[] = [];
  INVISIBLE_ALL.lastIndex = 0;
  for (let hit = INVISIBLE_ALL.exec(original); hit !== null; hit = INVISIBLE_ALL.exec(original)) {
    keptBefore.push(hit.index - keptBefore.length);
  }
  const removedUpTo = (index: number): number => {
    // Number of removed characters sitting before the kept character at `index` (binary search).
    let low = 0;
    let high = keptBefore.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((keptBefore[mid] ?? 0) <= index) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return {
    text: original.replace(INVISIBLE_ALL, ''),
    toOriginal(start, end) {
      let originalEnd = end - 1 + removedUpTo(end - 1) + 1;
      // Accents on the last letter belong to the match: "massagé" is highlighted whole.
      while (COMBINING.test(original[originalEnd] ?? '')) originalEnd += 1;
      return { start: start + removedUpTo(start), end: originalEnd };
    },
  };
}

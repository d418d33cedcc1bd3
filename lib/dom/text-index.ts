/**
 * The page's text, addressed as one string although never built as one: every text node's data,
 * joined by a paragraph separator (whitespace, as a newline is) so that words in neighbouring nodes
 * never fuse ("…massage</p><p>Next…" stays two words) while a term split by inline markup
 * ("<em>deep</em> tissue") still matches, since the matcher folds whitespace runs. Not a newline:
 * a character past Latin-1 makes every joined window a two-byte string, so the matcher's regexps
 * are compiled to machine code for that one encoding only, not for both (36 KB less kept per page).
 */
export const NODE_SEPARATOR = '\u2029';

/**
 * Index of the node holding `offset`, given each node's start offset in ascending order:
 * the last start that is ≤ offset. Binary search, so mapping k hits over n nodes costs k·log n.
 */
export function findNodeIndex(starts: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface TextWindow {
  /** Where the matcher reads: the window plus `overlap` characters of context on each side. */
  readStart: number;
  readEnd: number;
  /** Which hits this window reports: those starting in [keepStart, keepEnd). */
  keepStart: number;
  keepEnd: number;
}

/**
 * Cuts a long text into windows the matcher can search one slice at a time. Each window reads
 * `overlap` characters beyond its edges so that word boundaries and terms crossing an edge are
 * seen whole, and keeps only hits that start inside it, so every hit is reported exactly once.
 */
export function planWindows(length: number, size: number, overlap: number): TextWindow[] {
  const windows: TextWindow[] = [];
  for (let keepStart = 0; keepStart < length; keepStart += size) {
    const keepEnd = Math.min(length, keepStart + size);
    windows.push({
      readStart: Math.max(0, keepStart - overlap),
      readEnd: Math.min(length, keepEnd + overlap),
      keepStart,
      keepEnd,
    });
  }
  return windows;
}

/**
 * The text in [from, to) of `datas` joined by NODE_SEPARATOR, where `starts` are each data's offset
 * in that joined text. Only the nodes the range touches are joined: joining a whole large page at
 * once is one task of ~100 ms on 5 MB, too long to run between two yields. The first and last are
 * cut to the range before joining: joining them whole copied 1.5× the characters a scan of the
 * corpus reads, where a window ends in a long node.
 */
export function readText(datas: readonly string[], starts: ArrayLike<number>, from: number, to: number): string {
  if (datas.length === 0 || to <= from) return '';
  const first = findNodeIndex(starts, from);
  const last = findNodeIndex(starts, to - 1);
  const head = from - (starts[first] as number);
  const tail = to - (starts[last] as number);
  const lastData = datas[last] as string;
  // `to` may end just past the separator after the last node read.
  const withSeparator = tail > lastData.length && last + 1 < datas.length;
  if (first === last) return withSeparator ? lastData.slice(head) + NODE_SEPARATOR : lastData.slice(head, tail);
  const parts = datas.slice(first, last + 1);
  parts[0] = (parts[0] as string).slice(head);
  parts[parts.length - 1] = lastData.slice(0, tail);
  if (withSeparator) parts.push('');
  return parts.join(NODE_SEPARATOR);
}

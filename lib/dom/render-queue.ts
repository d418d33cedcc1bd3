import type { Highlighter } from './highlighter';
import type { PageMatch } from './match-index';
import type { TimeSlicer } from './time-slicer';

/** What drawing a plan needs of the highlighter. */
type Drawing = Pick<Highlighter, 'createRange' | 'add' | 'remove'>;

/** Highlights drawn between two clock reads (a chunk of 256 once took 18 ms in Chromium). */
const RENDER_CHUNK = 64;
/**
 * Highlights erased between two clock reads: Firefox's `Highlight.delete` costs in proportion to
 * the highlight's size (about 20 ms for 1,000 deletes from 3,000), Chromium's a few microseconds.
 */
const ERASE_CHUNK = 32;

/**
 * Puts a plan on screen: erases, then draws, in chunks between which the page gets its turn. Each
 * match's `highlight` follows what is drawn, so hit-testing sees only what shows.
 */
export async function renderPlan(
  highlighter: Drawing,
  slicer: TimeSlicer,
  draw: readonly PageMatch[],
  erase: readonly PageMatch[],
): Promise<void> {
  for (let start = 0; start < erase.length; start += ERASE_CHUNK) {
    if (slicer.due()) await slicer.pause();
    const chunk = erase.slice(start, start + ERASE_CHUNK);
    highlighter.remove(chunk.map((e) => ({ range: e.highlight!.range, category: e.category })));
    for (const match of chunk) match.highlight = null;
  }
  for (let start = 0; start < draw.length; start += RENDER_CHUNK) {
    if (slicer.due()) await slicer.pause();
    drawChunk(highlighter, draw.slice(start, start + RENDER_CHUNK));
  }
}

function drawChunk(highlighter: Drawing, chunk: readonly PageMatch[]): void {
  const drawn: Array<{ match: PageMatch; range: AbstractRange }> = [];
  for (const match of chunk) {
    const { startNode, startOffset, endNode, endOffset } = match;
    try {
      drawn.push({ match, range: highlighter.createRange(startNode, startOffset, endNode, endOffset) });
    } catch {
      // The text changed under a match we had not drawn yet; its rescan is already queued.
    }
  }
  highlighter.add(drawn.map(({ match, range }) => ({ range, category: match.category })));
  for (const { match, range } of drawn) match.highlight = { termId: match.termId, range };
}

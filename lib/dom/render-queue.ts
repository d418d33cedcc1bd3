import type { Highlighter } from './highlighter';
import type { Entry } from './match-index';
import type { TimeSlicer } from './time-slicer';

/** Highlights drawn between two clock reads. */
const RENDER_CHUNK = 256;

/**
 * Puts a plan on screen: erases at once (cheap), then draws in chunks between which the page gets
 * its turn. Each entry's `highlight` follows what is drawn, so hit-testing sees only what shows.
 */
export async function renderPlan(
  highlighter: Highlighter,
  slicer: TimeSlicer,
  draw: readonly Entry[],
  erase: readonly Entry[],
): Promise<void> {
  highlighter.remove(erase.map((e) => ({ range: e.highlight!.range, category: e.category })));
  for (const entry of erase) entry.highlight = null;
  for (let start = 0; start < draw.length; start += RENDER_CHUNK) {
    if (slicer.due()) await slicer.pause();
    drawChunk(highlighter, draw.slice(start, start + RENDER_CHUNK));
  }
}

function drawChunk(highlighter: Highlighter, chunk: readonly Entry[]): void {
  const drawn: Array<{ entry: Entry; range: AbstractRange }> = [];
  for (const entry of chunk) {
    const { startNode, startOffset, endNode, endOffset } = entry.match;
    try {
      drawn.push({ entry, range: highlighter.createRange(startNode, startOffset, endNode, endOffset) });
    } catch {
      // The text changed under a match we had not drawn yet; its rescan is already queued.
    }
  }
  highlighter.add(drawn.map(({ entry, range }) => ({ range, category: entry.category })));
  for (const { entry, range } of drawn) entry.highlight = { termId: entry.match.candidate.termId, range };
}

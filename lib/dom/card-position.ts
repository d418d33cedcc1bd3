import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { toLiveRange } from './hit-test';

export interface Point {
  x: number;
  y: number;
}

type Box = Pick<DOMRectReadOnly, 'left' | 'right' | 'top' | 'bottom'>;

/**
 * Which line box of a term the card should sit against: the one under the pointer when the term wraps
 * across lines (the card then opens where the person is looking), else the first. -1 for no boxes.
 */
export function chooseLineBox(boxes: readonly Box[], point: Point | null): number {
  if (boxes.length === 0) return -1;
  if (!point) return 0;
  let best = 0;
  let bestDistance = Infinity;
  boxes.forEach((box, index) => {
    const dx = Math.max(box.left - point.x, 0, point.x - box.right);
    const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** Space kept between the card and the viewport's edges, and between the card and its term. */
const EDGE_PX = 8;
const GAP_PX = 6;
/** Below this the card scrolls inside rather than shrinking further. */
const MIN_HEIGHT_PX = 120;

/**
 * Keeps `card` (a position: fixed element) next to the term's chosen line box, flipped above the term
 * when there is no room below and shifted to stay inside the viewport. It follows scrolling and
 * resizing until the returned function is called, which should happen as soon as the card closes.
 */
export function placeCard(doc: Document, range: AbstractRange, card: HTMLElement, point: Point | null): () => void {
  const live = toLiveRange(doc, range);
  const line = Math.max(0, chooseLineBox([...live.getClientRects()], point));
  const reference: VirtualElement = {
    getBoundingClientRect: () => live.getClientRects()[line] ?? live.getBoundingClientRect(),
    getClientRects: () => live.getClientRects(),
    contextElement: live.startContainer.parentElement ?? undefined,
  };
  const update = () =>
    void computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply: ({ availableHeight }) => {
            card.style.maxHeight = `${Math.max(MIN_HEIGHT_PX, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  return autoUpdate(reference, card, update);
}

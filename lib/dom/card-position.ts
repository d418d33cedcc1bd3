import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  platform,
  shift,
  size,
  type Placement,
  type Platform,
  type VirtualElement,
} from '@floating-ui/dom';
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

type Side = 'bottom' | 'left' | 'right';

/**
 * The side of a line box that the next lines are on, so the card covers what comes after the term
 * rather than the rest of its line: below in horizontal text, left of a vertical-rl column, right of
 * a vertical-lr one.
 */
export function blockSide(writingMode: string): Side {
  if (writingMode.endsWith('-rl')) return 'left';
  if (writingMode.endsWith('-lr')) return 'right';
  return 'bottom';
}

/**
 * Where the card goes when its first choice has no room. Horizontal text keeps Floating UI's own order
 * (the other alignment, then above). A vertical column tries its other side, then along the column,
 * where a card too wide for either side still leaves the term uncovered.
 */
function fallbacks(side: Side): Placement[] | undefined {
  if (side === 'bottom') return undefined;
  return [side === 'left' ? 'right-start' : 'left-start', 'bottom-start', 'top-start'];
}

/**
 * The card is fixed in the top layer, where client coordinates are its own and nothing on the page
 * clips it. So the term's client rect is the reference as it is: Floating UI's own also subtracts the
 * root element's left edge (meant for a scrollbar on the left), which moves the card sideways on a
 * page whose root is transformed or vertical. And only the viewport bounds the card: Floating UI
 * would also take a transformed ancestor, such as a modal dialog centred with a transform, as a box
 * that clips it.
 */
const topLayer: Platform = {
  ...platform,
  async getElementRects({ reference, floating }) {
    const { x, y, width, height } = reference.getBoundingClientRect();
    return {
      reference: { x, y, width, height },
      floating: { x: 0, y: 0, ...(await platform.getDimensions(floating)) },
    };
  },
  getClippingRect: ({ element, rootBoundary, strategy }) =>
    platform.getClippingRect({ element, boundary: [], rootBoundary, strategy }),
};

/**
 * Keeps `card` (a position: fixed element in the top layer) next to the term's chosen line box, on
 * the side the text flows to, flipped when there is no room there and shifted to stay inside the
 * viewport. The term's client rects already carry the page's zoom and transforms, which the top layer
 * escapes, so they are used as they are (see `topLayer`). It follows scrolling and resizing until the
 * returned function is called, which should happen as soon as the card closes.
 */
export function placeCard(doc: Document, range: AbstractRange, card: HTMLElement, point: Point | null): () => void {
  const live = toLiveRange(doc, range);
  const line = Math.max(0, chooseLineBox([...live.getClientRects()], point));
  const element = live.startContainer.parentElement;
  const side = blockSide((element && doc.defaultView?.getComputedStyle(element).writingMode) ?? '');
  const reference: VirtualElement = {
    getBoundingClientRect: () => live.getClientRects()[line] ?? live.getBoundingClientRect(),
    getClientRects: () => live.getClientRects(),
    contextElement: element ?? undefined,
  };
  const update = () =>
    void computePosition(reference, card, {
      strategy: 'fixed',
      platform: topLayer,
      placement: `${side}-start`,
      middleware: [
        offset(GAP_PX),
        // Beside a column, the card's height is shift's business: only the side decides a flip.
        flip({ padding: EDGE_PX, crossAxis: side === 'bottom', fallbackPlacements: fallbacks(side) }),
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

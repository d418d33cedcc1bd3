/**
 * A person seen from behind, drawn in our own SVG: the body map of the checker, the small map of its
 * summary line and the region diagram of a card all draw this one figure and mark its regions. Colours
 * are the theme's variables (set through `style`: SVG attributes do not read CSS variables), so the
 * figure follows light and dark themes. The SVG is decorative: whoever shows it gives the words.
 */
export type BodyRegion = 'upper' | 'between-shoulder-blades' | 'lower' | 'leg';

/** Each region's outline on the 100 × 200 figure; the map puts its buttons on the same boxes. */
export const REGION_SHAPES: Record<BodyRegion, { path: string; box: [x: number, y: number, w: number, h: number] }> = {
  upper: { path: 'M27 40 H73 L71 72 H29 Z', box: [27, 40, 46, 32] },
  'between-shoulder-blades': { path: 'M41 44 H59 V68 H41 Z', box: [41, 44, 18, 24] },
  lower: { path: 'M29 74 H71 L73 108 H27 Z', box: [27, 74, 46, 34] },
  leg: { path: 'M53 112 H71 L68 190 H57 Z', box: [53, 112, 18, 78] },
};

const OUTLINE = [
  'M50 6 a11 11 0 1 1 0.01 0 Z',
  'M44 29 H56 V35 H44 Z',
  'M24 36 Q50 31 76 36 L74 100 Q76 106 74 112 H26 Q24 106 26 100 Z',
  'M22 38 L12 98 L18 100 L28 52 Z',
  'M78 38 L88 98 L82 100 L72 52 Z',
  'M27 112 H48 L45 190 H34 Z',
  'M52 112 H73 L68 190 H57 Z',
];

const SPINE = Array.from({ length: 12 }, (_, i) => 38 + i * 6);

export function BodyFigure({ marked, className }: { marked: readonly BodyRegion[]; className?: string }) {
  // Drawn so a smaller region (between the shoulder blades) lies above the one it sits in.
  const order: BodyRegion[] = ['upper', 'lower', 'leg', 'between-shoulder-blades'];
  return (
    <svg
      class={className}
      viewBox="0 0 100 200"
      aria-hidden="true"
      focusable="false"
      style={{ display: 'block', overflow: 'visible' }}
    >
      {OUTLINE.map((d) => (
        <path key={d} d={d} style={{ fill: 'var(--rl-surface)', stroke: 'var(--rl-muted)', strokeWidth: 1 }} />
      ))}
      {order
        .filter((region) => marked.includes(region))
        .map((region) => (
          <path
            key={region}
            d={REGION_SHAPES[region].path}
            data-region={region}
            style={{ fill: 'var(--rl-accent)', fillOpacity: 0.85, stroke: 'var(--rl-text)', strokeWidth: 1 }}
          />
        ))}
      {SPINE.map((y) => (
        <rect
          key={y}
          x={48.5}
          y={y}
          width={3}
          height={4}
          rx={1}
          style={{ fill: 'var(--rl-bg)', stroke: 'var(--rl-muted)', strokeWidth: 0.6 }}
        />
      ))}
    </svg>
  );
}

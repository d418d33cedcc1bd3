import type { PAIN_LOCATIONS } from '@/lib/suitability/profile-schema';
import { BodyFigure, REGION_SHAPES, type BodyRegion } from './BodyFigure';
import './body-map.css';

type PainLocation = (typeof PAIN_LOCATIONS)[number];

export interface BodyMapProps {
  location: PainLocation | undefined;
  onLocation: (location: PainLocation) => void;
  /**
   * Pain between the shoulder blades is one of the checker's warning signs where the checker asks
   * about it: marking the region then leads to that question (this callback) as well as setting the
   * upper back. Without it, the region is part of the upper back.
   */
  onBetweenShoulderBlades?: (() => void) | undefined;
  /** Whether that warning sign is ticked: the region is then shown marked. */
  betweenShoulderBlades?: boolean;
}

const REGIONS: { region: BodyRegion; label: string; location: PainLocation }[] = [
  { region: 'upper', label: 'Upper back', location: 'upper' },
  { region: 'lower', label: 'Lower back', location: 'lower' },
  { region: 'leg', label: 'Down a leg', location: 'radiating-leg' },
  // Last, so it lies above the upper back it sits in.
  { region: 'between-shoulder-blades', label: 'Between the shoulder blades', location: 'upper' },
];

/** A region's name, as its button and the read-only map's caption say it. */
export function regionLabel(region: BodyRegion): string {
  return REGIONS.find((entry) => entry.region === region)?.label ?? region;
}

/** The regions an answer marks on the figure. */
export function markedRegions(location: PainLocation | undefined, betweenShoulderBlades = false): BodyRegion[] {
  const marked: BodyRegion[] = [];
  if (location === 'upper') marked.push('upper');
  if (location === 'lower') marked.push('lower');
  if (location === 'radiating-leg') marked.push('leg');
  if (betweenShoulderBlades) marked.push('between-shoulder-blades');
  return marked;
}

/**
 * "Where does it hurt?" on a back view: each region is a real button (keyboard, touch, screen
 * reader) laid over its place on the figure, and sets the same answer as the list of choices
 * beside it, which stays as the alternative.
 */
export function BodyMap({ location, onLocation, onBetweenShoulderBlades, betweenShoulderBlades }: BodyMapProps) {
  const marked = markedRegions(location, betweenShoulderBlades);
  return (
    <div class="body-map" role="group" aria-label="Where it hurts, on a body map">
      <BodyFigure marked={marked} className="body-map__figure" />
      {REGIONS.map(({ region, label, location: answer }) => {
        const [x, y, w, h] = REGION_SHAPES[region].box;
        const pressed = region === 'between-shoulder-blades' ? marked.includes(region) : location === answer;
        return (
          <button
            key={region}
            type="button"
            class="body-map__region"
            data-region={region}
            aria-pressed={pressed}
            title={label}
            style={{ left: `${x}%`, top: `${y / 2}%`, width: `${w}%`, height: `${h / 2}%` }}
            onClick={() => {
              onLocation(answer);
              if (region === 'between-shoulder-blades') onBetweenShoulderBlades?.();
            }}
          >
            <span class="rl-visually-hidden">{label}</span>
          </button>
        );
      })}
    </div>
  );
}

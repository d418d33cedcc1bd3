import type { ComponentChildren } from 'preact';
import type { CardPicture } from '@/lib/card-text/card-pictures';
import type { PRESSURES } from '@/lib/guide/vocabulary';
import { BodyFigure, type BodyRegion } from './BodyFigure';

/**
 * A card's pictures, drawn in-house as inline SVG (the card's shadow root is closed and nothing is
 * fetched). Each is one image to assistive technology, with the words for what it shows; the card's
 * text says the same and more, so a picture never stands in for it.
 */

const FIGURES: Partial<Record<CardPicture, { region: BodyRegion; label: string }>> = {
  'lower-back': { region: 'lower', label: 'A body seen from behind, with the lower back (the lumbar region) marked.' },
  'upper-back': {
    region: 'upper',
    label: 'A body seen from behind, with the upper back (the thoracic region) marked.',
  },
  'sciatic-path': {
    region: 'leg',
    label: 'A body seen from behind, with one leg marked: the path down the leg where sciatica’s pain runs.',
  },
};

export function TermPicture({ picture }: { picture: CardPicture }) {
  const figure = FIGURES[picture];
  if (figure)
    return (
      <Pictured label={figure.label}>
        <BodyFigure marked={[figure.region]} />
      </Pictured>
    );
  if (picture === 'spinal-disc')
    return (
      <Pictured label="The bones of the spine seen from the side, with the discs between them marked.">
        <svg viewBox="0 0 60 120" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
          {[8, 44, 80].map((y) => (
            <rect key={y} x={12} y={y} width={36} height={28} rx={5} style={BONE} />
          ))}
          {[36, 72].map((y) => (
            <rect key={y} x={10} y={y + 0.5} width={40} height={7} rx={3.5} style={MARKED} />
          ))}
        </svg>
      </Pictured>
    );
  return (
    <Pictured label="A cut through the back: the skin on top, and under it the deeper layers of muscle with the fascia marked.">
      <svg viewBox="0 0 60 120" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
        <rect x={4} y={10} width={52} height={12} rx={3} style={BONE} />
        <rect x={4} y={24} width={52} height={30} rx={3} style={MUSCLE} />
        <rect x={4} y={56} width={52} height={8} rx={3} style={MARKED} />
        <rect x={4} y={66} width={52} height={40} rx={3} style={MUSCLE} />
      </svg>
    </Pictured>
  );
}

/** One image to assistive technology, named by `label`. */
function Pictured({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="rl-card__picture" role="img" aria-label={label}>
      {children}
    </div>
  );
}

const BONE = { fill: 'var(--rl-surface)', stroke: 'var(--rl-muted)', strokeWidth: 1 };
const MUSCLE = { fill: 'var(--rl-border)', stroke: 'var(--rl-muted)', strokeWidth: 1 };
const MARKED = { fill: 'var(--rl-accent)', stroke: 'var(--rl-text)', strokeWidth: 1 };

type Pressure = (typeof PRESSURES)[number];
const STEPS = ['Light', 'Moderate', 'Firm'] as const;
/** Which steps of the scale a level covers; the guide gives none for some techniques ("varies"). */
const COVERS: Record<Pressure, readonly number[]> = {
  light: [0],
  'light-to-moderate': [0, 1],
  moderate: [1],
  'moderate-to-firm': [1, 2],
  firm: [2],
  varies: [],
};

/** The guide's pressure for a technique on a light → firm scale; nothing where the guide gives none. */
export function PressureScale({ level }: { level: Pressure }) {
  const covers = COVERS[level];
  if (covers.length === 0) return null;
  const marked = covers.map((step) => STEPS[step]!.toLowerCase()).join(' to ');
  return (
    <div class="rl-card__scale" role="img" aria-label={`Pressure on a scale from light to firm: ${marked}.`}>
      {STEPS.map((step, i) => (
        <span key={step} class="rl-card__step" data-marked={covers.includes(i) ? '' : undefined}>
          {step}
        </span>
      ))}
    </div>
  );
}

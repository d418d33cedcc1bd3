import type { ProfileDraft } from '@/lib/suitability';
import { BodyFigure } from './BodyFigure';
import { markedRegions, regionLabel } from './BodyMap';
import './body-map.css';

export interface ProfileMapProps {
  answers: Pick<ProfileDraft, 'painLocation' | 'redFlags'>;
  /**
   * `line`: a small figure beside the folded answers' summary line, whose words it repeats (so it is
   * hidden from screen readers). `captioned`: a figure with its own words, beside the therapist note.
   */
  variant: 'line' | 'captioned';
}

/** Where it hurts, read-only, wherever the answers are summarised; nothing when nothing is marked. */
export function ProfileMap({ answers, variant }: ProfileMapProps) {
  const marked = markedRegions(answers.painLocation, answers.redFlags?.includes('between-shoulder-blades') ?? false);
  if (marked.length === 0) return null;
  if (variant === 'line') {
    return (
      <span class="profile-map profile-map--line">
        <BodyFigure marked={marked} />
      </span>
    );
  }
  return (
    <figure class="profile-map profile-map--captioned">
      <BodyFigure marked={marked} />
      <figcaption>Where it hurts: {marked.map(regionLabel).join(', ')}</figcaption>
    </figure>
  );
}

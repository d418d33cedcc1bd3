import type { SectionId, Source } from '@/lib/guide';
import { NHS_BACK_PAIN } from '@/lib/guide/sources';
import type { When } from './rules';

/**
 * What the guide says about answers that speak for or against no technique in particular (where the
 * pain is, most causes). They do not change a verdict; the checker shows them once, as things worth
 * telling the therapist.
 */
export interface ProfileNote {
  when: When;
  section: SectionId;
  text: string;
  /** Public sources for what the note adds beyond the guide. */
  sources?: readonly Source[];
}

export const PROFILE_NOTES: readonly ProfileNote[] = [
  {
    when: { painLocation: 'lower' },
    section: 'types-of-back-pain',
    text: 'The guide calls lower back pain the most common kind, often linked to a strain, a sprain or a herniated disc.',
  },
  {
    when: { painLocation: 'upper' },
    section: 'types-of-back-pain',
    text: 'The guide links upper back pain mostly to posture and muscle tension. NHS lists pain high in the back, between the shoulder blades, as a sign for an urgent GP appointment: if yours is there, tick it under warning signs.',
    sources: [NHS_BACK_PAIN],
  },
  {
    when: { painLocation: 'radiating-leg' },
    section: 'types-of-back-pain',
    text: 'The guide links pain down a leg (sciatica) to a disc pressing on the sciatic nerve; tell the therapist where it runs.',
  },
  {
    when: { causes: ['muscle-strain', 'ligament-sprain'] },
    section: 'common-causes',
    text: 'The guide says strains and sprains often follow a sudden movement, heavy lifting or overdoing a sport.',
  },
  {
    when: { causes: 'herniated-disc' },
    section: 'common-causes',
    text: 'The guide says a herniated disc can come with age or from an injury; tell the therapist about it.',
  },
  {
    when: { causes: 'poor-posture' },
    section: 'common-causes',
    text: 'The guide names slouching and sitting for long stretches among the causes of back pain.',
  },
  {
    when: { causes: 'unknown' },
    section: 'medical-history',
    text: 'With the cause unclear, the guide’s advice is to share your history so the therapist can tailor the session.',
  },
];

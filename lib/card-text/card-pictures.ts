/**
 * Which terms a card shows a picture for: those that name a place in the body or a layer in it. The
 * background puts the picture's id in the card's content; the card draws it (components/CardPicture.tsx).
 */
export const CARD_PICTURES = ['lower-back', 'upper-back', 'sciatic-path', 'spinal-disc', 'fascia-layer'] as const;
export type CardPicture = (typeof CARD_PICTURES)[number];

const PICTURE_OF_TERM: Readonly<Record<string, CardPicture>> = {
  // The guide's types of back pain: the lower back is the lumbar region, the upper back the thoracic.
  'lower-back-pain': 'lower-back',
  'upper-back-pain': 'upper-back',
  // Sciatica: pain running down a leg when a disc presses on the sciatic nerve.
  sciatica: 'sciatic-path',
  'sciatic-nerve': 'sciatic-path',
  'intervertebral-disc': 'spinal-disc',
  'herniated-disc': 'spinal-disc',
  // Deep tissue massage works on the fascia along with the deep muscle layers.
  fascia: 'fascia-layer',
};

export function pictureForTerm(termId: string): CardPicture | null {
  return PICTURE_OF_TERM[termId] ?? null;
}

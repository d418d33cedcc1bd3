/**
 * The sections of the guide ("Massage Techniques For Back Pain: A Guide To Seeking Relief And
 * Relaxation"), in reading order. Every explanation and every suitability rule names one of these ids,
 * so a reader can always find the passage an entry rests on.
 */
const SECTIONS = {
  'understanding-back-pain': 'Understanding Back Pain',
  'common-causes': 'Understanding Back Pain › Common causes of back pain',
  'types-of-back-pain': 'Understanding Back Pain › Types of back pain',
  'effects-on-daily-life': 'Understanding Back Pain › Effects of back pain on daily life',
  'benefits-of-massage': 'Benefits of Massage for Back Pain',
  'reduction-of-muscle-tension': 'Benefits of Massage › Reduction of muscle tension',
  'improved-blood-circulation': 'Benefits of Massage › Improved blood circulation',
  'relief-from-chronic-pain': 'Benefits of Massage › Relief from chronic pain',
  'choosing-a-therapist': 'Choosing the Right Massage Therapist',
  'qualifications-and-certifications': 'Choosing a Therapist › Qualifications and certifications',
  'experience-and-expertise': 'Choosing a Therapist › Experience and expertise',
  'referrals-and-recommendations': 'Choosing a Therapist › Referrals and recommendations',
  'preparing-for-a-massage': 'Preparing for a Massage',
  'medical-history': 'Preparing for a Massage › Medical history and current condition',
  'setting-goals': 'Preparing for a Massage › Setting goals and expectations',
  'communicating-needs': 'Preparing for a Massage › Communicating your needs to the therapist',
  'different-techniques': 'Different Massage Techniques for Back Pain',
  'swedish-massage': 'Swedish Massage',
  'swedish-techniques': 'Swedish Massage › Techniques used',
  'swedish-benefits': 'Swedish Massage › Benefits for back pain',
  'swedish-suitability': 'Swedish Massage › Suitability for different individuals',
  'deep-tissue-massage': 'Deep Tissue Massage',
  'deep-tissue-techniques': 'Deep Tissue Massage › Techniques used',
  'deep-tissue-benefits': 'Deep Tissue Massage › Benefits for back pain',
  'deep-tissue-suitability': 'Deep Tissue Massage › Suitability for different individuals',
  'trigger-point-therapy': 'Trigger Point Therapy',
  'trigger-point-techniques': 'Trigger Point Therapy › Techniques used',
  'trigger-point-benefits': 'Trigger Point Therapy › Benefits for back pain',
  'trigger-point-suitability': 'Trigger Point Therapy › Suitability for different individuals',
  'additional-techniques': 'Additional Massage Techniques',
  'hot-stone-massage': 'Additional Massage Techniques › Hot stone massage',
  'thai-massage': 'Additional Massage Techniques › Thai massage',
  'shiatsu-massage': 'Additional Massage Techniques › Shiatsu massage',
  conclusion: 'Closing summary',
} as const;

export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as [SectionId, ...SectionId[]];

export function sectionTitle(id: SectionId): string {
  return SECTIONS[id];
}

/**
 * The knowledge base's fixed lists, without zod: the content script and the pages import these on
 * every load, while the schemas built on them (schema.ts) are for tests and build scripts.
 */

export const TECHNIQUE_IDS = ['swedish', 'deep-tissue', 'trigger-point', 'hot-stone', 'thai', 'shiatsu'] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

export const CATEGORIES = [
  'technique',
  'stroke',
  'condition',
  'anatomy',
  'effect',
  'benefit',
  'safety',
  'practitioner',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  technique: 'Massage technique',
  stroke: 'Stroke or method',
  condition: 'Condition or cause',
  anatomy: 'Anatomy',
  effect: 'Symptom or effect',
  benefit: 'Benefit',
  safety: 'Medical caution',
  practitioner: 'Practitioner or credential',
};

export const PRESSURES = ['light', 'light-to-moderate', 'moderate', 'moderate-to-firm', 'firm', 'varies'] as const;

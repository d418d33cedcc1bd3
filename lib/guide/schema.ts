import { z } from 'zod';
import { SECTION_IDS } from './sections';
import { CATEGORIES, PRESSURES, TECHNIQUE_IDS } from './vocabulary';

/**
 * The knowledge base's shape. Data files are typed against these at build time and parsed in tests.
 * Nothing that runs in the extension imports this module's values (only its types): building zod
 * schemas costs script time, and the content script pays it again on every page load.
 */

export type { Category, TechniqueId } from './vocabulary';

export const SectionIdSchema = z.enum(SECTION_IDS);
export const TechniqueIdSchema = z.enum(TECHNIQUE_IDS);
export const CategorySchema = z.enum(CATEGORIES);

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** A public health source for a fact the guide itself does not give. */
export const SourceSchema = z.object({
  name: z.string().min(3),
  url: z.url(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * A surface form a page may use for a term. `unambiguous` forms are highlighted anywhere;
 * `needs-context` forms (everyday words such as "friction") only on pages about the subject.
 */
export const FormSchema = z.object({
  text: z.string().min(2),
  context: z.enum(['unambiguous', 'needs-context']),
});
export type Form = z.infer<typeof FormSchema>;

export const TermSchema = z
  .object({
    id: kebabId,
    name: z.string().min(2),
    category: CategorySchema,
    forms: z.array(FormSchema).min(1),
    /** Shown in the popover: one or two sentences. */
    summary: z.string().refine((s) => countWords(s) <= 35, 'a summary has at most 35 words'),
    /** Shown on the guide page. */
    details: z.string().min(20),
    cautions: z.array(z.string().min(5)).default([]),
    sections: z.array(SectionIdSchema).min(1, 'every term names the guide section it rests on'),
    /** Facts added from outside the guide carry their source. */
    sources: z.array(SourceSchema).default([]),
    /** Set on the six technique terms: links to the technique profile. */
    technique: TechniqueIdSchema.optional(),
    /** Other terms worth reading next. */
    related: z.array(kebabId).default([]),
  })
  .strict();
export type Term = z.infer<typeof TermSchema>;
export type TermInput = z.input<typeof TermSchema>;

export const TechniqueSchema = z
  .object({
    id: TechniqueIdSchema,
    termId: kebabId,
    name: z.string(),
    howItIsDone: z.string().min(20),
    pressure: z.enum(PRESSURES),
    pressureNote: z.string(),
    goodFor: z.array(z.string()).min(1),
    suits: z.string(),
    /** Conditions with which the guide says to ask a healthcare provider first. */
    askFirst: z.array(z.string()).default([]),
    /** Who the guide says it may not suit. */
    notFor: z.array(z.string()).default([]),
    feelsLike: z.string(),
    sections: z.array(SectionIdSchema).min(1),
  })
  .strict();
export type Technique = z.infer<typeof TechniqueSchema>;
export type TechniqueInput = z.input<typeof TechniqueSchema>;

/** One item of the before-you-book checklist, with a question the person can copy. */
export const ChecklistItemSchema = z
  .object({
    id: kebabId,
    title: z.string(),
    why: z.string(),
    question: z.string(),
    sections: z.array(SectionIdSchema).min(1),
  })
  .strict();
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** A symptom that needs a doctor before any massage. These come from public health sources, not the guide. */
export const RedFlagSchema = z
  .object({
    id: kebabId,
    label: z.string(),
    explanation: z.string(),
    sources: z.array(SourceSchema).min(1, 'every red flag cites a public health source'),
  })
  .strict();
export type RedFlag = z.infer<typeof RedFlagSchema>;

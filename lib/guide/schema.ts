import { z } from 'zod';
import { SECTION_IDS } from './sections';
import { CATEGORIES, PRESSURES, TECHNIQUE_IDS } from './vocabulary';

/**
 * The knowledge base's shape. Data files are typed against these at build time and parsed in tests.
 * Nothing that runs in the extension imports this module's values (only its types): building zod
 * schemas costs script time, and the content script pays it again on every page load.
 */

export type { Category, TechniqueId } from './vocabulary';

const SectionIdSchema = z.enum(SECTION_IDS);
const TechniqueIdSchema = z.enum(TECHNIQUE_IDS);
const CategorySchema = z.enum(CATEGORIES);

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/** Who publishes the outside sources: public health services, and the credentialing bodies the guide names. */
const PUBLISHERS = [
  'NHS',
  'NICE',
  'MedlinePlus',
  'NCCIH',
  'National 911 Program',
  'European Commission',
  'NCBTMB',
  'AMTA',
] as const;

/**
 * A public page behind a fact the guide itself does not give, named as the reader sees it: "From NHS:
 * Back pain". `checked` is the day its text was last read against what the entries say.
 */
export const SourceSchema = z
  .object({
    publisher: z.enum(PUBLISHERS),
    title: z.string().min(3),
    url: z.url(),
    checked: z.iso.date(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** A fact from outside the guide that a card shows, with the sources it rests on. */
const NoteSchema = z
  .object({
    text: z.string().min(10),
    sources: z.array(SourceSchema).min(1, 'a note from outside the guide names its source'),
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;

/**
 * A surface form a page may use for a term. `unambiguous` forms are highlighted anywhere;
 * `needs-context` forms (everyday words such as "friction") only on pages about the subject.
 */
const FormSchema = z.object({
  text: z.string().min(2),
  context: z.enum(['unambiguous', 'needs-context']),
});

export const TermSchema = z
  .object({
    id: kebabId,
    name: z.string().min(2),
    category: CategorySchema,
    forms: z.array(FormSchema).min(1),
    /** Shown on the card: one or two sentences, resting on `sections` (or on `sources` when there are none). */
    summary: z.string().refine((s) => countWords(s) <= 35, 'a summary has at most 35 words'),
    /** Shown on the guide page. */
    details: z.string().min(20),
    /** The guide's own cautions, shown on the card. */
    cautions: z.array(z.string().min(5)).default([]),
    /** The guide sections the summary and cautions rest on; empty only for a term the guide does not cover. */
    sections: z.array(SectionIdSchema),
    /** Every outside source the entry draws on; each one is shown on its card (see `notes`). */
    sources: z.array(SourceSchema).default([]),
    /** Facts from outside the guide that the card shows, each with its source. */
    notes: z.array(NoteSchema).default([]),
    /** Set on the six technique terms: links to the technique sheet. */
    technique: TechniqueIdSchema.optional(),
    /** Other terms worth reading next. */
    related: z.array(kebabId).default([]),
    /** Set on a service a booking menu offers that the guide does not cover (see terms/services.ts). */
    service: z
      .object({
        /** The guide technique a cited source likens it to; absent where no source we read does. */
        closest: z.object({ technique: TechniqueIdSchema, note: NoteSchema }).strict().optional(),
        /** What to ask the therapist before booking it. */
        ask: z.array(z.string().min(10)).min(1),
        /** The sources the summary's description rests on; none when no source we read describes it. */
        describedBy: z.array(SourceSchema).default([]),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (term) => term.sections.length > 0 || term.sources.length > 0 || term.service !== undefined,
    'every term names the guide section it rests on, or its sources when the guide does not cover it',
  )
  .refine(
    (term) => term.service === undefined || (term.sections.length === 0 && term.technique === undefined),
    'a service the guide does not cover cites no guide section and is not one of its techniques',
  );
export type Term = z.infer<typeof TermSchema>;

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

/** One item of the before-you-book checklist, with a question the person can copy. */
export const ChecklistItemSchema = z
  .object({
    id: kebabId,
    title: z.string(),
    why: z.string(),
    question: z.string(),
    sections: z.array(SectionIdSchema).min(1),
    /** Outside sources for facts in `why` that the guide does not give. */
    sources: z.array(SourceSchema).default([]),
  })
  .strict();
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** A symptom that needs a doctor before any massage. These come from public health sources, not the guide. */
export const WarningSignSchema = z
  .object({
    id: kebabId,
    label: z.string(),
    explanation: z.string(),
    sources: z.array(SourceSchema).min(1, 'every warning sign cites a public health source'),
  })
  .strict();
export type WarningSign = z.infer<typeof WarningSignSchema>;

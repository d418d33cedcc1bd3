import { z } from 'zod';
import { foldForm } from './fold-form';
import { ChecklistItemSchema, WarningSignSchema, SourceSchema, TechniqueSchema, TermSchema } from './schema';
import { TECHNIQUE_IDS } from './vocabulary';
import { WARNING_SIGN_IDS } from './warning-sign-ids';

type Issue = { message: string; path: (string | number)[] };

/** Reports every value that occurs more than once in `ids`, at the position of its repeat. */
function findDuplicates(ids: readonly string[], path: string, what: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.push({ message: `duplicate ${what} id "${id}"`, path: [path, i, 'id'] });
    seen.add(id);
  });
  return issues;
}

/**
 * A reader can only tell the guide from a health service if the card says which is which, so every
 * source an entry cites is shown on its card: beside a note, or (for a term the guide does not cover)
 * as the source of the summary itself. A note may only cite sources its entry lists.
 */
function checkSourcesShown(term: z.infer<typeof TermSchema>, i: number): Issue[] {
  const listed = new Set(term.sources.map((source) => source.url));
  const shown = new Set(term.notes.flatMap((note) => note.sources.map((source) => source.url)));
  if (term.sections.length === 0) for (const url of listed) shown.add(url);
  const issues: Issue[] = [];
  term.sources.forEach((source, j) => {
    if (!shown.has(source.url)) {
      issues.push({
        message: `term "${term.id}" cites ${source.publisher}: ${source.title} but its card does not show it`,
        path: ['terms', i, 'sources', j],
      });
    }
  });
  const closest = term.service?.closest;
  term.service?.describedBy.forEach((source, j) => {
    if (!listed.has(source.url)) {
      issues.push({
        message: `service "${term.id}" is described by ${source.publisher}: ${source.title}, which the entry does not list`,
        path: ['terms', i, 'service', 'describedBy', j],
      });
    }
  });
  [...term.notes, ...(closest ? [closest.note] : [])].forEach((note, j) => {
    note.sources.forEach((source, k) => {
      if (!listed.has(source.url)) {
        issues.push({
          message: `a note of "${term.id}" cites ${source.publisher}: ${source.title}, which the entry does not list`,
          path: ['terms', i, 'notes', j, 'sources', k],
        });
      }
    });
  });
  return issues;
}

type Parsed = {
  terms: z.infer<typeof TermSchema>[];
  techniques: z.infer<typeof TechniqueSchema>[];
  checklist: z.infer<typeof ChecklistItemSchema>[];
  redFlags: z.infer<typeof WarningSignSchema>[];
};

/** Checks between entries that the per-entry schemas cannot see. */
function crossCheck({ terms, techniques, checklist, redFlags }: Parsed): Issue[] {
  const issues: Issue[] = [
    ...findDuplicates(
      terms.map((t) => t.id),
      'terms',
      'term',
    ),
    ...findDuplicates(
      techniques.map((t) => t.id),
      'techniques',
      'technique',
    ),
    ...findDuplicates(
      checklist.map((c) => c.id),
      'checklist',
      'checklist',
    ),
    ...findDuplicates(
      redFlags.map((r) => r.id),
      'redFlags',
      'warning sign',
    ),
  ];
  const termsById = new Map(terms.map((t) => [t.id, t]));

  // A highlighter can only explain a word one way, so each folded form belongs to one term.
  const owners = new Map<string, string>();
  terms.forEach((term, i) => {
    term.forms.forEach((form, j) => {
      const key = foldForm(form.text);
      const owner = owners.get(key);
      if (owner !== undefined && owner !== term.id) {
        issues.push({
          message: `form "${form.text}" is claimed by both "${owner}" and "${term.id}"`,
          path: ['terms', i, 'forms', j],
        });
      }
      owners.set(key, owner ?? term.id);
      if (key === 'swedish') {
        issues.push({
          message: 'the bare word "Swedish" is not a form; use "Swedish massage"',
          path: ['terms', i, 'forms', j],
        });
      }
    });
    issues.push(...checkSourcesShown(term, i));
    term.related.forEach((id, j) => {
      if (id === term.id || !termsById.has(id)) {
        issues.push({ message: `term "${term.id}" relates to unknown term "${id}"`, path: ['terms', i, 'related', j] });
      }
    });
  });

  for (const id of TECHNIQUE_IDS) {
    const linked = terms.filter((t) => t.technique === id);
    if (linked.length !== 1) {
      issues.push({ message: `technique "${id}" needs exactly one term, found ${linked.length}`, path: ['terms'] });
    }
    if (!techniques.some((t) => t.id === id)) {
      issues.push({ message: `technique "${id}" has no sheet`, path: ['techniques'] });
    }
  }
  techniques.forEach((technique, i) => {
    const term = termsById.get(technique.termId);
    if (term?.technique !== technique.id) {
      issues.push({
        message: `technique sheet "${technique.id}" links to "${technique.termId}", which is not its technique term`,
        path: ['techniques', i, 'termId'],
      });
    }
  });

  const flagIds = new Set(redFlags.map((r) => r.id));
  for (const id of WARNING_SIGN_IDS) {
    if (!flagIds.has(id)) issues.push({ message: `warning sign "${id}" is missing`, path: ['redFlags'] });
  }
  return issues;
}

/** The whole knowledge base, parsed in tests; the data itself is typed at build time. */
export const KnowledgeBaseSchema = z
  .object({
    terms: z.array(TermSchema),
    techniques: z.array(TechniqueSchema),
    checklist: z.array(ChecklistItemSchema).min(1),
    redFlags: z.array(WarningSignSchema),
    safetyNote: z.object({ text: z.string().min(20), sources: z.array(SourceSchema).min(1) }).strict(),
  })
  .strict()
  .superRefine((kb, ctx) => {
    for (const issue of crossCheck(kb)) ctx.addIssue({ code: 'custom', ...issue });
  });

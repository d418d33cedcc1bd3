import type { Term, TechniqueId, Technique } from './schema';
import { ANATOMY_TERMS } from './terms/anatomy';
import { BENEFIT_TERMS } from './terms/benefits';
import { CONDITION_TERMS } from './terms/conditions';
import { EFFECT_TERMS } from './terms/effects';
import { PAIN_TERMS } from './terms/pain';
import { PRACTITIONER_TERMS } from './terms/practitioners';
import { SAFETY_TERMS } from './terms/safety';
import { STROKE_TERMS } from './terms/strokes';
import { TECHNIQUE_TERMS } from './terms/techniques';
import { SERVICE_TERMS } from './terms/services';
import { TECHNIQUES } from './techniques';
import { SERVICE_SOURCES, SOURCES as GUIDE_SOURCES } from './sources';
import type { Source } from './schema';

export * from './vocabulary';
export type { ChecklistItem, WarningSign, Source, Technique, Term } from './schema';

export * from './sections';
export { foldForm } from './fold-form';
export { WARNING_SIGN_IDS, WARNING_SIGN_TIERS, type WarningSignId } from './warning-sign-ids';
export { TECHNIQUES } from './techniques';
export { CHECKLIST } from './checklist';
export { WARNING_SIGNS, SAFETY_NOTE } from './safety';

/** Every term, grouped by category in the order the guide page lists them. */
export const TERMS: readonly Term[] = [
  ...TECHNIQUE_TERMS,
  ...STROKE_TERMS,
  ...CONDITION_TERMS,
  ...PAIN_TERMS,
  ...ANATOMY_TERMS,
  ...EFFECT_TERMS,
  ...BENEFIT_TERMS,
  ...SAFETY_TERMS,
  ...PRACTITIONER_TERMS,
  ...SERVICE_TERMS,
];

/** Every outside page an entry cites, in the order the guide page lists them. */
export const SOURCES: readonly Source[] = [...GUIDE_SOURCES, ...SERVICE_SOURCES];

const termsById = new Map(TERMS.map((term) => [term.id, term]));

export function termById(id: string): Term | undefined {
  return termsById.get(id);
}

/** The knowledge-base test checks that every technique has exactly one sheet and one term. */
export function techniqueById(id: TechniqueId): Technique {
  const technique = TECHNIQUES.find((t) => t.id === id);
  if (!technique) throw new Error(`no sheet for technique "${id}"`);
  return technique;
}

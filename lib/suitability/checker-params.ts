import * as z from 'zod/mini';
import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/guide/vocabulary';

export interface CheckerParams {
  /** The tab whose page "On this page" reads; tests and the card pass it, the toolbar popup does not. */
  tabId: number | null;
  /** Preselected in the quick check, e.g. from a card's "Check if it suits me". */
  technique: TechniqueId | null;
}

const TabIdSchema = z.pipe(z.coerce.number(), z.int().check(z.nonnegative()));
const TechniqueIdSchema = z.enum(TECHNIQUE_IDS);

/** Reads `?tab=<id>&technique=<id>`; anything malformed is ignored, never trusted. */
export function parseCheckerParams(search: string): CheckerParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const tabId = tab === null || tab === '' ? null : TabIdSchema.safeParse(tab);
  const technique = TechniqueIdSchema.safeParse(params.get('technique'));
  return {
    tabId: tabId?.success ? tabId.data : null,
    technique: technique.success ? technique.data : null,
  };
}

/** The checker (the popup's page) in a tab, with a technique preselected when one is given. */
export function checkerPath(technique?: TechniqueId): string {
  return technique ? `/popup.html?technique=${technique}` : '/popup.html';
}

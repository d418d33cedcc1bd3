import { CATEGORY_LABELS, sectionTitle, techniqueById, type Term } from '@/lib/guide';
import type { TechniqueId } from '@/lib/guide';
import { assessTechnique, explainVerdict, type Profile, type Verdict } from '@/lib/suitability';

/** What a card shows, as plain data: the component only lays it out. */
export interface TermCardContent {
  kind: 'term';
  termId: string;
  name: string;
  category: string;
  summary: string;
  cautions: readonly string[];
  /** Title of the guide section the explanation rests on. */
  section: string;
  technique: { id: TechniqueId; pressure: string; suits: string } | null;
  /** The person's verdict on a technique, by the popup's rules, when they saved a complete profile. */
  verdict: { verdict: Verdict; text: string } | null;
}

/** For a selection that names no glossary term. */
export interface UnknownCardContent {
  kind: 'unknown';
  text: string;
  closest: readonly { termId: string; name: string }[];
}

export type CardContent = TermCardContent | UnknownCardContent;

/** "light-to-moderate" → "Light to moderate". */
export function describePressure(pressure: string): string {
  const words = pressure.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function describeTerm(term: Term, profile: Profile | null): TermCardContent {
  const technique = term.technique ? techniqueById(term.technique) : null;
  return {
    kind: 'term',
    termId: term.id,
    name: term.name,
    category: CATEGORY_LABELS[term.category],
    summary: term.summary,
    cautions: term.cautions,
    // Both lists have at least one section and start with the one the entry is mainly about; a technique's
    // own chapter is more telling than the overview of all techniques that technique terms start with.
    section: sectionTitle((technique ?? term).sections[0] ?? 'conclusion'),
    technique: technique && {
      id: technique.id,
      pressure: `${describePressure(technique.pressure)}. ${technique.pressureNote}`,
      suits: technique.suits,
    },
    verdict: describeVerdict(technique?.id, profile),
  };
}

function describeVerdict(technique: TechniqueId | undefined, profile: Profile | null): TermCardContent['verdict'] {
  if (!technique || !profile) return null;
  const result = assessTechnique(profile, technique);
  return { verdict: result.verdict, text: explainVerdict(result) };
}

/** Quotes long selections only in part: the card is small. */
const QUOTE_LIMIT = 60;

export function describeUnknown(text: string, closest: readonly Term[]): UnknownCardContent {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return {
    kind: 'unknown',
    text: trimmed.length > QUOTE_LIMIT ? `${trimmed.slice(0, QUOTE_LIMIT - 1)}…` : trimmed,
    closest: closest.map((term) => ({ termId: term.id, name: term.name })),
  };
}

import { CATEGORY_LABELS, sectionTitle, techniqueById, type Term } from '@/lib/guide';
import type { TechniqueId } from '@/lib/guide';
import { pictureForTerm } from './card-pictures';
import type { Credit, TermCardContent, UnknownCardContent } from '@/lib/messages';
import { assessTechnique, decideGate, explainVerdict, type Profile } from '@/lib/suitability';
import { creditServiceSummary, creditSource, describeService } from './service-content';

/** "light-to-moderate" → "Light to moderate". */
export function describePressure(pressure: string): string {
  const words = pressure.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Firm. Deep and intense…", but not "Firm. Firm, held pressure…": a note that starts with the level says it. */
function sayPressure(level: string, note: string): string {
  return note.toLowerCase().startsWith(level.toLowerCase()) ? note : `${level}. ${note}`;
}

export function describeTerm(term: Term, profile: Profile | null): TermCardContent {
  const technique = term.technique ? techniqueById(term.technique) : null;
  return {
    kind: 'term',
    termId: term.id,
    name: term.name,
    category: term.service ? 'Massage service' : CATEGORY_LABELS[term.category],
    summary: term.summary,
    cautions: term.cautions,
    credits: term.service ? creditServiceSummary(term) : creditSummary(term, technique?.sections[0]),
    notes: term.notes.map((note) => ({ text: note.text, credits: note.sources.map(creditSource) })),
    technique: technique && {
      id: technique.id,
      level: technique.pressure,
      pressure: sayPressure(describePressure(technique.pressure), technique.pressureNote),
      suits: technique.suits,
    },
    picture: pictureForTerm(term.id),
    ...describeVerdict(technique?.id, profile, term.service !== undefined),
    service: describeService(term, profile),
  };
}

/**
 * The summary and cautions rest on the guide section the entry is mainly about (listed first; for a
 * technique, its own chapter, more telling than the overview of all techniques its term starts with).
 * A term the guide does not cover has no section, and then only its outside sources are credited.
 */
function creditSummary(term: Term, techniqueSection: Term['sections'][number] | undefined): Credit[] {
  const section = techniqueSection ?? term.sections[0];
  return section ? [{ from: 'the guide', title: sectionTitle(section) }] : term.sources.map(creditSource);
}

/** The checker's answer for a technique card, by the same rules; an emergency gives what to do instead. */
function describeVerdict(
  technique: TechniqueId | undefined,
  profile: Profile | null,
  isService: boolean,
): Pick<TermCardContent, 'verdict' | 'safety'> {
  if (!(technique || isService) || !profile) return { verdict: null, safety: null };
  const gate = decideGate(profile);
  const safety = gate && { tier: gate.tier, title: gate.title, text: gate.message };
  if (gate?.tier === 'emergency' || !technique) return { verdict: null, safety };
  const result = assessTechnique(profile, technique);
  return { verdict: { verdict: result.verdict, text: explainVerdict(result) }, safety };
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

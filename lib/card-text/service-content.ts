import { sectionTitle, techniqueById, type Source, type Term } from '@/lib/guide';
import type { Credit, TermCardContent } from '@/lib/messages';
import { decideServiceState, listMentionFirst, NOT_IN_GUIDE, type Profile } from '@/lib/suitability';

type ServiceContent = NonNullable<TermCardContent['service']>;

export const creditSource = (source: Source): Credit => ({ from: source.publisher, title: source.title });

/** Asking about a service and speaking up during it is the guide's advice for any massage. */
const ASK_CREDITS: Credit[] = [
  { from: 'the guide', title: sectionTitle('medical-history') },
  { from: 'the guide', title: sectionTitle('communicating-needs') },
];

/**
 * The part of a card that only a service the guide does not cover has: its state in place of a
 * verdict, the guide technique a cited source likens it to, what to ask, and what the therapist must
 * hear first from this profile. An emergency sign leaves only the safety message (no state, nothing
 * to mention: the person should not be booking).
 */
export function describeService(term: Term, profile: Profile | null): ServiceContent | null {
  if (!term.service) return null;
  const state = decideServiceState(profile);
  const closest = term.service.closest;
  const technique = closest && techniqueById(closest.technique);
  return {
    state: state && { label: NOT_IN_GUIDE.label, text: NOT_IN_GUIDE.meaning },
    ask: term.service.ask,
    askCredits: ASK_CREDITS,
    closest:
      closest && technique
        ? {
            termId: technique.termId,
            name: technique.name,
            text: closest.note.text,
            credits: closest.note.sources.map(creditSource),
          }
        : null,
    mentionFirst: profile && state ? listMentionFirst(profile) : [],
  };
}

/** A service's summary credits only the sources that describe it: none, when no source we read does. */
export function creditServiceSummary(term: Term): Credit[] {
  return (term.service?.describedBy ?? []).map(creditSource);
}

import { termById, TERMS } from '@/lib/guide';
import type { CardContent, Message } from '@/lib/messages';
import { describeTerm, describeUnknown } from '@/lib/card-text/card-content';
import { lookUpText } from '@/lib/card-text/closest-terms';
import { readProfile } from '@/lib/settings/profile';
import { completeProfile, type Profile } from '@/lib/suitability';
import type { MessageHandler } from './router';

type CardRequest = Extract<Message, { type: 'describe-term' | 'describe-text' }>;

/**
 * The card for a content script's request: a highlighted term by id (null when the knowledge base has no
 * such id), or the text of a selection, which names a term or gets the entries closest to it.
 */
function answerCardRequest(request: CardRequest, profile: Profile | null): CardContent | null {
  if (request.type === 'describe-term') {
    const term = termById(request.termId);
    return term ? describeTerm(term, profile) : null;
  }
  const lookup = lookUpText(request.text, TERMS);
  return lookup.kind === 'term' ? describeTerm(lookup.term, profile) : describeUnknown(request.text, lookup.closest);
}

/**
 * Cards are written here rather than in the content script: the terms' texts, the guide's
 * sections and the suitability rules then load once, in the background, instead of on every page
 * and in every frame. The profile is read afresh for each card, so a verdict is never stale.
 */
export const writeCard: MessageHandler<CardRequest['type']> = (message) =>
  // A half-filled profile gives no verdict; an unreadable one reads as empty, left for the checker to report.
  readProfile().then((draft) => answerCardRequest(message, completeProfile(draft)));

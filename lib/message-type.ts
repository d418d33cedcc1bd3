/**
 * The `type` of something that may be one of our messages, with nothing else checked. The content
 * script's first stage routes on it alone: `get-page-terms` carries nothing to check, and the commands
 * it hands to the card's code are parsed whole there (lib/messages.ts). So the script every page and
 * frame loads carries no zod, whose module cost about 4–5 ms of main-thread time per load.
 */
export function messageType(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  const type = (raw as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

/** A note for the therapist longer than this is cut: a booking form's notes box holds a few paragraphs. */
export const THERAPIST_NOTE_LIMIT = 4000;

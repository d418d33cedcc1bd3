import type { ContentScriptContext } from '#imports';
import { insertTextAtFocus } from '@/lib/dom/insert-text';
import { messageType, THERAPIST_NOTE_LIMIT } from '@/lib/message-type';
import { onRuntimeMessage } from './runtime-messages';

/**
 * Writes the note for the therapist into the field the person right-clicked, when the background
 * sends `insert-note` after a click on "Insert my note for the therapist". Only the extension can
 * send on this channel: a page's own events and `postMessage` never reach it. Checked by hand rather
 * than with the message schema: this script carries no zod (see lib/message-type.ts).
 */
export function listenForNoteInsertion(ctx: ContentScriptContext, doc: Document): void {
  const release = onRuntimeMessage((raw) => {
    if (messageType(raw) !== 'insert-note' || ctx.isInvalid) return undefined;
    const text = (raw as { text?: unknown }).text;
    if (typeof text === 'string' && text.length <= THERAPIST_NOTE_LIMIT) insertTextAtFocus(doc, text);
    return undefined;
  });
  ctx.onInvalidated(release);
}

import { browser, type ContentScriptContext } from '#imports';
import { insertTextAtFocus } from '@/lib/dom/insert-text';
import { messageType, THERAPIST_NOTE_LIMIT } from '@/lib/message-type';

/**
 * Writes the note for the therapist into the field the person right-clicked, when the background
 * sends `insert-note` after a click on "Insert my note for the therapist". Only the extension can
 * send on this channel: a page's own events and `postMessage` never reach it. Checked by hand rather
 * than with the message schema: this script carries no zod (see lib/message-type.ts).
 */
export function listenForNoteInsertion(ctx: ContentScriptContext, doc: Document): void {
  const onMessage = (raw: unknown) => {
    if (messageType(raw) !== 'insert-note' || ctx.isInvalid) return undefined;
    const text = (raw as { text?: unknown }).text;
    if (typeof text === 'string' && text.length <= THERAPIST_NOTE_LIMIT) insertTextAtFocus(doc, text);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    // After a reload or disable the listener is gone with the extension context, and removing it throws.
    if (browser.runtime?.id) browser.runtime.onMessage.removeListener(onMessage);
  });
}

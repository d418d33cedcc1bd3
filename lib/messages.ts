import * as z from 'zod/mini';
import { TECHNIQUE_IDS } from './guide/vocabulary';

/**
 * The one protocol between the extension's contexts. Every message is parsed on arrival;
 * anything that does not fit is ignored rather than trusted.
 */

/** What the content script found on a page: how often each term occurs (by term id). */
export const PageTermsSchema = z.object({
  url: z.string(),
  counts: z.record(z.string(), z.int().check(z.nonnegative())),
  /** False when the person switched highlighting off for this site. */
  enabled: z.boolean(),
});
export type PageTerms = z.infer<typeof PageTermsSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /** popup → content script of a tab; answered with PageTerms. */
  z.object({ type: z.literal('get-page-terms') }),
  /** content script → background, after each scan, for the toolbar badge. */
  z.object({ type: z.literal('page-terms-changed'), total: z.int().check(z.nonnegative()) }),
  /** content script → background: open an extension page in a tab (content scripts cannot). */
  z.object({ type: z.literal('open-checker'), technique: z.optional(z.enum(TECHNIQUE_IDS)) }),
  z.object({ type: z.literal('open-guide'), termId: z.optional(z.string()) }),
  /** background → content script: keyboard command or context menu. */
  z.object({ type: z.literal('explain-selection'), text: z.optional(z.string()) }),
  z.object({ type: z.literal('step-highlight'), direction: z.enum(['next', 'previous']) }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** Parses an incoming message; returns null for anything that is not ours. */
export function parseMessage(raw: unknown): Message | null {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : null;
}

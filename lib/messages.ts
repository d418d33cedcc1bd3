import * as z from 'zod/mini';
import { CARD_PICTURES } from '@/lib/card-text/card-pictures';
import { PRESSURES, TECHNIQUE_IDS } from './guide/vocabulary';
import { lazily } from './lazily';
import { THERAPIST_NOTE_LIMIT } from './message-type';
import { SAFETY_TIERS, VERDICTS } from './suitability/verdicts';

/**
 * The one protocol between the extension's contexts. Every message is parsed on arrival;
 * anything that does not fit is ignored rather than trusted.
 *
 * Each schema is built on first use (see lazily.ts): most pages never receive most messages.
 */

/** What the content script found on a page: how often each term occurs (by term id). */
export const pageTermsSchema = lazily(() =>
  z.object({
    url: z.string(),
    counts: z.record(z.string(), z.int().check(z.nonnegative())),
    /** False when the person switched highlighting off for this site. */
    enabled: z.boolean(),
    /** The highlighted terms' ids in page order, by first highlight (absent from an older content script). */
    order: z.optional(z.array(z.string())),
  }),
);
export type PageTerms = z.infer<ReturnType<typeof pageTermsSchema>>;

/**
 * What a card shows, as plain data the card component only lays out. The background writes it (it
 * holds the terms, the guide's sections and the person's profile) and the content script checks
 * it on arrival, so the script on every page carries none of that.
 */
/** "From NHS: Back pain": `from` is "the guide" or a publisher, `title` the section's or page's title. */
const credit = () => z.object({ from: z.string(), title: z.string() });
export type Credit = z.infer<ReturnType<typeof credit>>;
const serviceCardContent = () =>
  z.object({
    /** "Not in the guide", or null when an emergency sign leaves no room for any rating. */
    state: z.nullable(z.object({ label: z.string(), text: z.string() })),
    ask: z.array(z.string()),
    /** The guide section the advice to ask and to speak up rests on. */
    askCredits: z.array(credit()),
    /** The guide technique a cited source likens it to, with that source. */
    closest: z.nullable(
      z.object({ termId: z.string(), name: z.string(), text: z.string(), credits: z.array(credit()) }),
    ),
    /** What in the person's profile the therapist must hear first. */
    mentionFirst: z.array(z.string()),
  });
const termCardContent = () =>
  z.object({
    kind: z.literal('term'),
    termId: z.string(),
    name: z.string(),
    category: z.string(),
    summary: z.string(),
    cautions: z.array(z.string()),
    /**
     * Where the summary and cautions come from: the guide section they rest on, or the outside sources
     * when the guide does not cover the term.
     */
    credits: z.array(credit()),
    /** Facts from outside the guide, each with its own sources. */
    notes: z.array(z.object({ text: z.string(), credits: z.array(credit()) })),
    /** `level` is the guide's pressure, drawn as a scale; `pressure` says it in words. */
    technique: z.nullable(
      z.object({ id: z.enum(TECHNIQUE_IDS), level: z.enum(PRESSURES), pressure: z.string(), suits: z.string() }),
    ),
    /** A diagram of the place in the body the term names, drawn beside the words. */
    picture: z.nullable(z.enum(CARD_PICTURES)),
    /** The person's verdict on a technique, by the popup's rules, when they saved a complete profile. */
    verdict: z.nullable(z.object({ verdict: z.enum(VERDICTS), text: z.string() })),
    /** The checker's safety gate for that profile; in an emergency it stands in for the verdict. */
    safety: z.nullable(z.object({ tier: z.enum(SAFETY_TIERS), title: z.string(), text: z.string() })),
    /** For a service the guide does not cover: its state instead of a verdict, and what to ask and say. */
    service: z.optional(z.nullable(serviceCardContent())),
  });
/** For a selection that names no term. */
const unknownCardContent = () =>
  z.object({
    kind: z.literal('unknown'),
    text: z.string(),
    closest: z.array(z.object({ termId: z.string(), name: z.string() })),
  });
/** The answer to `describe-term` and `describe-text`; null for a term id the knowledge base does not have. */
export const cardContentSchema = lazily(() =>
  z.nullable(z.discriminatedUnion('kind', [termCardContent(), unknownCardContent()])),
);
export type TermCardContent = z.infer<ReturnType<typeof termCardContent>>;
export type UnknownCardContent = z.infer<ReturnType<typeof unknownCardContent>>;
export type CardContent = TermCardContent | UnknownCardContent;

/** A selection is looked up by its start: whole paragraphs name no single term anyway. */
export const DESCRIBE_TEXT_LIMIT = 1000;

const messageSchema = lazily(() =>
  z.discriminatedUnion('type', [
    /**
     * popup → content script of a tab; answered with PageTerms. Only the top frame answers unless
     * `everyFrame` is set, which the popup sends frame by frame: a request to the whole tab then still
     * gets the top frame's answer, not whichever frame replies first.
     */
    z.object({ type: z.literal('get-page-terms'), everyFrame: z.optional(z.literal(true)) }),
    /** content script → background, after each scan, for the toolbar badge. */
    z.object({ type: z.literal('page-terms-changed'), total: z.int().check(z.nonnegative()) }),
    /** content script → background: open an extension page in a tab (content scripts cannot). */
    z.object({ type: z.literal('open-checker'), technique: z.optional(z.enum(TECHNIQUE_IDS)) }),
    z.object({ type: z.literal('open-guide'), termId: z.optional(z.string()) }),
    /** background → content script: keyboard command or context menu. */
    z.object({ type: z.literal('explain-selection'), text: z.optional(z.string()) }),
    z.object({ type: z.literal('step-highlight'), direction: z.enum(['next', 'previous']) }),
    /** content script → background: a highlighted term's card; answered with CardContent. */
    z.object({ type: z.literal('describe-term'), termId: z.string() }),
    /** content script → background: inject the card's code into my frame (first use of a card). */
    z.object({ type: z.literal('load-card') }),
    /** content script → background: put the highlight styles into my frame (its first highlight). */
    z.object({ type: z.literal('load-highlight-styles') }),
    /** content script → background: a frame opened a card (`frame`: that frame's random token). */
    z.object({ type: z.literal('card-opened'), frame: z.string().check(z.maxLength(64)) }),
    /** background → every frame of the tab: close your card unless you are `except`; one card per tab. */
    z.object({ type: z.literal('close-card'), except: z.string().check(z.maxLength(64)) }),
    /** content script → background: the card for a selection the person asked about. */
    z.object({ type: z.literal('describe-text'), text: z.string().check(z.maxLength(DESCRIBE_TEXT_LIMIT)) }),
    /**
     * extension pages → background, the settings' one writer: save these fields; answered with
     * SettingsReply. Each field is checked there against the settings' schema.
     */
    z.object({ type: z.literal('change-settings'), patch: z.record(z.string(), z.unknown()) }),
    /** extension pages, the card ("Don't highlight on this site") → background: one site's switch. */
    z.object({
      type: z.literal('change-site'),
      site: z.string().check(z.maxLength(253)),
      enabled: z.boolean(),
    }),
    /**
     * background → the frame of the field the person right-clicked, on "Insert my note for the
     * therapist" only: the one write the extension makes into a page.
     */
    z.object({ type: z.literal('insert-note'), text: z.string().check(z.maxLength(THERAPIST_NOTE_LIMIT)) }),
  ]),
);
export type Message = z.infer<ReturnType<typeof messageSchema>>;

/** Parses an incoming message; returns null for anything that is not ours. */
export function parseMessage(raw: unknown): Message | null {
  const result = messageSchema().safeParse(raw);
  return result.success ? result.data : null;
}

/** The answer to a settings change: saved, or not saved and why, in words for the person. */
const settingsReplySchema = lazily(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), message: z.string().check(z.maxLength(500)) }),
  ]),
);
export type SettingsReply = z.infer<ReturnType<typeof settingsReplySchema>>;

const SETTINGS_UNANSWERED =
  'Relief Lens could not save this change: its background did not answer. Nothing was changed; please try again.';

/** Parses the background's answer to a settings change; anything else counts as not saved. */
export function parseSettingsReply(raw: unknown): SettingsReply {
  const result = settingsReplySchema().safeParse(raw);
  return result.success ? result.data : { ok: false, message: SETTINGS_UNANSWERED };
}

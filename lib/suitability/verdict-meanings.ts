import type { Verdict } from './verdicts';

/** How each verdict is shown: as what the guide says, never as a diagnosis. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  'good-fit': 'Suits you, by the guide',
  possible: 'Possible',
  'consult-first': 'Ask a provider first',
  'not-recommended': 'Not recommended by the guide',
};

/**
 * What each verdict means; the single definition, which the guide page's "How verdicts work" and the
 * README quote.
 *
 * - good fit: the technique's own suitability statement in the guide names something you told us
 *   (how long, how spread out or how strong the pain is, its cause, or your goal) as what it is for,
 *   and nothing you told us calls for caution with it;
 * - possible: the guide neither points to it for you nor warns against it. A technique the guide says
 *   nothing about for a health condition you ticked, for tender muscles, or for the pressure you
 *   like, is possible at best;
 * - ask a provider first: a caution applies: a condition the guide or a named public source (NCCIH)
 *   says to ask a healthcare provider about, or a warning sign, lasting sciatica or new injury for which
 *   a named public health source says to wait or see a doctor;
 * - not recommended: the guide says it may not suit you (deep tissue with recent or severe pain,
 *   trigger point with widespread pain).
 */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  'good-fit':
    'The guide’s own statement of who the technique suits names something you told us (how long, how spread out or how strong your pain is, its cause, or your goal), and nothing you told us calls for caution with it.',
  possible:
    'The guide neither points to it for you nor warns against it. Where the guide says nothing about a health condition you ticked (recent surgery among them), about tender muscles or about the pressure you like, a technique is possible at best.',
  'consult-first':
    'A caution applies: a health condition the guide or NCCIH says to ask a healthcare provider about (pregnancy, or firm pressure with blood thinners or a bleeding disorder), or a warning sign, lasting sciatica or new injury for which NHS advice is to wait or see a doctor first.',
  'not-recommended':
    'The guide says it may not suit you: deep tissue massage with recent or severe pain, trigger point therapy with widespread pain.',
};

/**
 * The element name of the card's host (./card-host.ts). The page scan reads it too, so it never scans
 * our own card: this file imports nothing, and is the one card file that DOM modules may import.
 */
export const CARD_HOST = 'relief-lens-card';

/**
 * Folds a form or a stretch of page text to the key used for matching and for the
 * knowledge base's uniqueness check: lower case, accents stripped ("pétrissage" → "petrissage"),
 * soft hyphens and zero-width characters dropped, and hyphens or whitespace runs turned into
 * one space ("deep-tissue" → "deep tissue"), and "&" read as "and" (organisations write their names
 * both ways: "Massage & Bodywork"). The matcher and the schema share this one definition.
 */
export function foldForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2019\u2018]/g, "'")
    .toLowerCase()
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[\s\-\u2010\u2011\u2012\u2013]+/g, ' ')
    .trim();
}

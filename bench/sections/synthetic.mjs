/** Generated pages the sections share: plain English text that holds no guide term. */

export const html = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;

export const filler = (chars) => {
  const words = 'the river ran past the old mill while a cold wind moved the reeds along the bank ';
  return `<p>${words.repeat(Math.ceil(chars / words.length)).slice(0, chars)}</p>`;
};

export const NO_TERMS_PAGE = 'no-terms-2kb.html';

/** Writes the page of 2 KB of text without a term into a scratch folder (harness.mjs `scratch()`). */
export function writeNoTermsPage(scratch) {
  scratch.file(NO_TERMS_PAGE, html(filler(2048)));
}

/** Ten forms of ten guide terms, each of which highlights anywhere (no context needed). */
const OCCURRENCE_FORMS = [
  'Swedish massage',
  'deep tissue massage',
  'shiatsu',
  'sciatica',
  'hot stone massage',
  'trigger point therapy',
  'Thai massage',
  'effleurage',
  'petrissage',
  'osteoporosis',
];

export const OCCURRENCES_PAGE = 'occurrences-50k.html';

/** A page with `count` occurrences, ten to a paragraph: what a long forum thread or an index may hold. */
export function writeOccurrencesPage(scratch, count = 50_000) {
  const paragraph = `<p>${OCCURRENCE_FORMS.map((form) => `then ${form},`).join(' ')} and so on.</p>`;
  scratch.file(OCCURRENCES_PAGE, html(paragraph.repeat(Math.ceil(count / OCCURRENCE_FORMS.length))));
}

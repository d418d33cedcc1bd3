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

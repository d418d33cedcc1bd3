/**
 * The forms that make a form index bigger than the guide's, for the benchmarks that measure how the scan
 * grows with it (the engine's sweep in the page, `bench/matcher.mjs` in Node): pseudo-words of
 * syllables, so that they never occur in a page's text unless a case asks for a real first word.
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zi', 'pa', 'do', 'fe', 'gu', 'hi', 'ja', 'bo'];

function pseudoWord(n: number, length: number): string {
  let word = '';
  for (let i = 0; i < length; i++, n = Math.floor(n / 16)) word += SYLLABLES[n % 16];
  return word;
}

/** The `index`th generated form: a pseudo-word of three syllables (or `first`), then one of two. */
export function generatedFormText(index: number, first = pseudoWord(index, 3)): string {
  return `${first} ${pseudoWord(index * 7 + 3, 2)}`;
}

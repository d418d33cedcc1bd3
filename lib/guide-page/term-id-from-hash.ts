/** The element id a glossary entry carries, so `guide.html#term-<id>` links straight to it. */
export function termAnchor(termId: string): string {
  return `term-${termId}`;
}

/** The term id in a location hash such as "#term-deep-tissue-massage", or null for any other hash. */
export function termIdFromHash(hash: string): string | null {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null; // a malformed escape such as "#term-%E0" names no term
  }
  const match = /^term-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(fragment);
  return match?.[1] ?? null;
}

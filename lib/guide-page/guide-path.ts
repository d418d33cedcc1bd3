import { termAnchor } from './term-id-from-hash';

/** The guide page's path in the extension, at a term's entry when one is given. */
export function guidePath(termId?: string): string {
  return termId ? `/guide.html#${termAnchor(termId)}` : '/guide.html';
}

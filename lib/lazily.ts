/**
 * A value built on its first use, then kept: for schemas most contexts never need, and for data the
 * content script, which loads in every frame of every page, may never need on a page.
 */
export function lazily<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}

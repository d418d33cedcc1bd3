/**
 * A value built on its first use, then kept. For the zod schemas the content script imports: it loads
 * in every frame of every page, and building schemas (and compiling zod's code for them) as it loads
 * made its first task longer; built on first use, they come after its first await.
 */
export function lazily<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}

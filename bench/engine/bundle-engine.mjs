import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The page engine (bench/engine/engine-entry.ts) as one classic script to inject into any page,
 * for `npm run bench`.
 * @returns {Promise<string>}
 */
export async function bundleEngine() {
  const bundle = await rolldown({ input: join(ROOT, 'bench/engine/engine-entry.ts'), cwd: ROOT, logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

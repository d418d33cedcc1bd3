import { join } from 'node:path';
import { rolldown } from 'rolldown';
import { ROOT } from '../../scripts/paths.mjs';

/**
 * One of this folder's entries bundled as a single script.
 * @param {string} entry
 * @param {'iife' | 'esm'} format
 * @returns {Promise<string>}
 */
export async function bundleEntry(entry, format) {
  const bundle = await rolldown({ input: join(ROOT, 'bench/engine', entry), cwd: ROOT, logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * The page engine (bench/engine/engine-entry.ts) as one classic script to inject into any page,
 * for `npm run bench`.
 */
export const bundleEngine = () => bundleEntry('engine-entry.ts', 'iife');

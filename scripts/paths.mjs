/**
 * Where things are, for every script, benchmark section and test harness: the repository, the build
 * output and the shared corpus of saved pages. One place, so that a build into another folder
 * (RELIEF_LENS_OUT, as parallel runs use) is honoured everywhere at once.
 */
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/** The build's folder: RELIEF_LENS_OUT (relative to the repository, or absolute), else `.output`. */
export const OUT = resolve(ROOT, process.env.RELIEF_LENS_OUT ?? '.output');
/** Saved real pages beside the repository; absent in a plain checkout. */
export const CORPUS = resolve(ROOT, '../shared/corpus');

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@/scripts/paths.mjs';

/**
 * Docs that name a file which moved or never existed send a newcomer looking for it. Every path the
 * docs name under the tree's own folders must exist, and every file they name bare (`card-host.ts`)
 * must exist somewhere in the tree, and every relative link must lead to a file.
 */
const FOLDERS = ['lib', 'components', 'entrypoints', 'scripts', 'tests', 'bench', 'docs', 'public'];
const SKIP = new Set(['node_modules', '.git', '.wxt', 'test-results', 'bench-results']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name) || name.startsWith('.output')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(ROOT, path)];
  });
}

const DOCS = ['README.md', 'CONTRIBUTING.md', ...filesUnder(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'))];
const TREE = FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder)));
const BASENAMES = new Set(TREE.map((file) => file.split('/').at(-1)));

/** `lib/guide/terms/<category>.ts` and `lib/background/*` stand for a folder's files: the folder must exist. */
function existing(path: string): boolean {
  const wildcard = path.search(/[<*]/);
  return existsSync(join(ROOT, wildcard >= 0 ? path.slice(0, wildcard) : path));
}

/** Paths under the tree's folders, not part of a longer path or an address (`../shared/…`, `https://…/docs/`). */
function namedPaths(text: string): string[] {
  const pattern = new RegExp(String.raw`(?<![\w./-])(?:${FOLDERS.join('|')})/[\w./<>*-]*`, 'g');
  return [...text.matchAll(pattern)].map((m) => m[0].replace(/[.,]+$/, ''));
}

/** File names in code spans with no folder: `card-host.ts`, `harness.mjs`. */
function bareNames(text: string): string[] {
  return [...text.matchAll(/`([\w.-]+\.(?:ts|tsx|mjs|css|md))`/g)].map((m) => m[1]!);
}

/** Relative link targets, without their `#fragment`: `[COST](docs/COST.md#frames)` → `docs/COST.md`. */
function linkTargets(text: string): string[] {
  return [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe('paths named in the docs', () => {
  it('finds both kinds of name, and only those', () => {
    const text = 'See `lib/dom/scan-pass.ts`, lib/guide/terms/<category>.ts, `harness.mjs` and ../shared/tests/x.';
    expect(namedPaths(text)).toEqual(['lib/dom/scan-pass.ts', 'lib/guide/terms/<category>.ts']);
    expect(bareNames(text)).toEqual(['harness.mjs']);
    expect(existing('lib/popover/card.ts')).toBe(false);
    expect(existing('lib/background/*')).toBe(true);
    expect(linkTargets('[a](docs/COST.md#frames), [b](https://nhs.uk/x), [c](#privacy)')).toEqual(['docs/COST.md']);
  });

  it.each(DOCS)('%s names only paths that exist', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    expect(namedPaths(text).filter((path) => !existing(path))).toEqual([]);
    expect(bareNames(text).filter((name) => !BASENAMES.has(name) && !existsSync(join(ROOT, name)))).toEqual([]);
    expect(linkTargets(text).filter((target) => !existsSync(join(ROOT, dirname(doc), target)))).toEqual([]);
  });
});

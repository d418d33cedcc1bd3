import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LIB_BOUNDARIES } from '@/eslint.config.js';

const root = join(import.meta.dirname, '../..');
const libFiles = readdirSync(join(root, 'lib'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => `lib/${file.replaceAll('\\', '/')}`);

/** Code the background must never load: the page's DOM, the card, the content script, Preact. */
const PAGE_SIDE = /^(lib\/(dom|card|content|input)\/|components\/|entrypoints\/(?!background\.ts$))/;

/** The modules a file loads at run time: its `@/` and relative imports, resolved; type-only imports load nothing. */
function importsOf(file: string): { modules: string[]; packages: string[] } {
  const source = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  const modules: string[] = [];
  const packages: string[] = [];
  for (const specifier of specifiers) {
    if (!specifier.startsWith('@/') && !specifier.startsWith('.')) {
      packages.push(specifier);
      continue;
    }
    const base = specifier.startsWith('@/') ? specifier.slice(2) : join(dirname(file), specifier);
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((ending) => relative(root, join(root, base + ending)).replaceAll('\\', '/'))
      .find((candidate) => /\.tsx?$/.test(candidate) && existsSync(join(root, candidate)));
    // Styles and other assets reach the background through the build, not as modules.
    if (found) modules.push(found);
  }
  return { modules, packages };
}

/** Every module the background entrypoint loads, with the module that imports it. */
function backgroundGraph(): Map<string, { from: string; packages: string[] }> {
  const start = 'entrypoints/background.ts';
  const reached = new Map([[start, { from: '', packages: importsOf(start).packages }]]);
  const queue = [start];
  for (let file = queue.shift(); file; file = queue.shift()) {
    for (const module of importsOf(file).modules) {
      if (reached.has(module)) continue;
      reached.set(module, { from: file, packages: importsOf(module).packages });
      queue.push(module);
    }
  }
  return reached;
}

describe('runtime boundaries', () => {
  it('puts every file under lib/ under exactly one boundary rule of eslint.config.js', async () => {
    const eslint = new ESLint({ cwd: root });
    const messages = LIB_BOUNDARIES.map((boundary) => boundary.patterns[0]!.message);
    const outside: string[] = [];
    for (const file of libFiles) {
      const config = (await eslint.calculateConfigForFile(join(root, file))) as {
        rules: Record<string, [unknown, { patterns: { message: string }[] }]>;
      };
      const patterns = config.rules['no-restricted-imports']?.[1].patterns ?? [];
      const boundaries = messages.filter((message) => patterns.some((pattern) => pattern.message === message));
      if (boundaries.length !== 1) outside.push(`${file}: ${boundaries.length} boundaries`);
    }
    expect(libFiles.length).toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });

  it('loads nothing of the page side and no Preact into the background', () => {
    const graph = backgroundGraph();
    // The walk follows the imports: the card's text is reached through the card requests.
    expect(graph.has('lib/card-text/card-content.ts')).toBe(true);
    const crossings = [...graph]
      .filter(([file, { packages }]) => PAGE_SIDE.test(file) || packages.some((name) => /^preact(\/|$)/.test(name)))
      .map(([file, { from }]) => `${from} -> ${file}`);
    expect(crossings).toEqual([]);
  });
});

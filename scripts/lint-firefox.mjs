#!/usr/bin/env node
/**
 * Runs Mozilla's addons-linter (what addons.mozilla.org runs on upload) on the Firefox package built by
 * `npm run build`. Exits non-zero on any error; warnings are listed but do not fail. Last line:
 * `addons-linter: N errors, N warnings, N notices`.
 *
 * The linter checks Firefox for Android on its own (against gecko_android.strict_min_version), but only
 * for APIs that Android gained after that version: an API Android has never had passes unremarked. So
 * this script also looks up every `namespace.member` the built Firefox scripts use in the same
 * compatibility data the linter reads, and fails when one that Android lacks is outside the namespaces
 * the code checks for before use (lib/background/commands.ts, context-menu.ts, the options page).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { OUT as out, ROOT as root } from './paths.mjs';

const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const zip = resolve(out, `relief-lens-${version}-firefox.zip`);
if (!existsSync(zip)) {
  console.error(`No Firefox package at ${zip}. Build it first: npm run build`);
  process.exit(1);
}

const run = spawnSync('npx', ['addons-linter', '--output', 'json', zip], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  console.error('addons-linter did not produce a JSON report');
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind])
    console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`addons-linter: ${errors} errors, ${warnings} warnings, ${notices} notices (${zip})`);

// Namespaces Firefox for Android lacks that the code looks for before it calls them.
const GUARDED_ON_ANDROID = new Set(['commands', 'menus']);
const require = createRequire(createRequire(import.meta.url).resolve('addons-linter'));
const apis = require('@mdn/browser-compat-data').webextensions.api;
const unpacked = resolve(out, 'firefox-mv2');
const scripts = readdirSync(unpacked, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
const missing = new Set();
for (const file of scripts) {
  for (const [, name, member] of readFileSync(resolve(unpacked, file), 'utf8').matchAll(/\.(\w+)(?=\.(\w+)\b)/g)) {
    const namespace = name === 'contextMenus' ? 'menus' : name; // Firefox's older name for menus
    const support = apis[namespace]?.[member]?.__compat?.support.firefox_android;
    if (!support) continue;
    if ([support].flat().every((s) => s.version_added === false)) missing.add(`${namespace}.${member}`);
  }
}
const unguarded = [...missing].filter((api) => !GUARDED_ON_ANDROID.has(api.split('.')[0]));
console.log(`Firefox for Android lacks, and the code checks for first: ${[...missing].sort().join(', ') || 'none'}`);
if (unguarded.length) console.error(`error: used but missing on Firefox for Android: ${unguarded.join(', ')}`);
process.exit(errors === 0 && unguarded.length === 0 ? 0 : 1);

#!/usr/bin/env node
/**
 * Runs Mozilla's addons-linter (what addons.mozilla.org runs on upload) on the Firefox package built by
 * `npm run build`. Exits non-zero on any error; warnings are listed but do not fail. Last line:
 * `addons-linter: N errors, N warnings, N notices`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.RELIEF_LENS_OUT ?? '.output');
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
process.exit(errors === 0 ? 0 : 1);

#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order — type check, lint and format, unit tests, lib/dom in real
 * Chromium, production build and Firefox package lint, end-to-end tests in real Chromium and Firefox
 * ESR. The last line counts tests, and only tests: `N passed, N failed` (CI adds these lines up; how
 * each stage counts is in tally-stage.mjs).
 *
 *   npm test                 everything but the corpus
 *   npm test -- unit e2e     only the named stages (check, unit, browser, build, lint, e2e, corpus)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tallyStage } from './tally-stage.mjs';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

/** A vitest project as a stage; `empty` says why a run that registered no test was skipped. */
const vitest = (project, empty = 'no tests') => ({
  name: project,
  cmd: 'npx',
  args: [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(results, `${project}.json`)}`,
  ],
  report: join(results, `${project}.json`),
  empty,
});

const STAGES = [
  { name: 'check', cmd: 'npm', args: ['run', 'check'] },
  vitest('unit'),
  vitest('browser'),
  { name: 'build', cmd: 'node', args: ['scripts/build.mjs'], required: true },
  { name: 'lint', cmd: 'node', args: ['scripts/lint-firefox.mjs'] },
  vitest('e2e'),
];
const ALL = [...STAGES, vitest('corpus', 'no corpus')];

const wanted = process.argv.slice(2);
const stages = wanted.length ? ALL.filter((s) => wanted.includes(s.name)) : STAGES;
if (wanted.length && stages.length !== wanted.length) {
  console.error(`Unknown stage in: ${wanted.join(' ')}. Stages: ${ALL.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
const lines = [];
for (const stage of stages) {
  console.log(`\n=== ${stage.name}: ${stage.cmd} ${stage.args.join(' ')}`);
  if (stage.report) rmSync(stage.report, { force: true });
  const run = spawnSync(stage.cmd, stage.args, { cwd: root, stdio: 'inherit', env: process.env });
  const report = stage.report && existsSync(stage.report) ? JSON.parse(readFileSync(stage.report, 'utf8')) : null;
  const result = tallyStage(stage, run.status, report);
  passed += result.passed;
  failed += result.failed;
  lines.push(result.line);
  if (run.status !== 0 && stage.required) {
    lines.push('stopping: later stages need this one');
    break;
  }
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

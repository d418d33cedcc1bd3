#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order — type check, lint and format, unit tests, lib/dom in real
 * Chromium, production build and Firefox package lint, end-to-end tests in real Chromium and Firefox
 * ESR. The last line counts tests, and only tests: `N passed, N failed` (CI adds these lines up).
 * A stage that is not a test suite (check, build, lint) adds nothing when it succeeds and one failure
 * when it fails; a suite with nothing to test says why it was skipped and counts as neither.
 *
 *   npm test                 everything but the corpus
 *   npm test -- unit e2e     only the named stages (check, unit, browser, build, lint, e2e, corpus)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

/**
 * What one stage adds to the totals, and its line in the summary. Tests count from the JSON report;
 * a suite that failed to load counts as one failure even when no test inside it ran, and so does a
 * runner that failed with every test passing.
 * @returns {{ passed: number, failed: number, line: string }}
 */
function tally(stage, status) {
  const ok = status === 0;
  if (!stage.report)
    return { passed: 0, failed: ok ? 0 : 1, line: `${stage.name}: ${ok ? 'ok' : `failed (exit ${status})`}` };
  if (!existsSync(stage.report))
    return { passed: 0, failed: 1, line: `${stage.name}: failed (exit ${status}, no report written)` };
  const report = JSON.parse(readFileSync(stage.report, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  let failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0);
  if (!ok && failed === 0) failed = 1;
  if (ok && report.numTotalTests === 0) return { passed: 0, failed: 0, line: `${stage.name}: skipped: ${stage.empty}` };
  const extra = [skipped ? `${skipped} skipped` : '', !ok ? `exit ${status}` : ''].filter(Boolean);
  return {
    passed: report.numPassedTests,
    failed,
    line: `${stage.name}: ${report.numPassedTests} passed, ${failed} failed${extra.length ? ` (${extra.join(', ')})` : ''}`,
  };
}

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
  const result = tally(stage, run.status);
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

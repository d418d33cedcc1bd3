#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order — type check, unit tests, production build and Firefox package
 * lint, end-to-end tests in real Chromium and Firefox ESR. Each vitest stage reports through its JSON
 * reporter so the last line can count every test: `N passed, N failed`.
 *
 *   npm test                 everything
 *   npm test -- unit e2e     only the named stages (check, unit, build, lint, e2e, corpus)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

const vitest = (project) => ({
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
});

const STAGES = [
  { name: 'check', cmd: 'npm', args: ['run', 'check'] },
  vitest('unit'),
  { name: 'build', cmd: 'node', args: ['scripts/build.mjs'], required: true },
  { name: 'lint', cmd: 'node', args: ['scripts/lint-firefox.mjs'] },
  vitest('e2e'),
];
const ALL = [...STAGES, vitest('corpus')];

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
  const ok = run.status === 0;
  if (stage.report && existsSync(stage.report)) {
    const report = JSON.parse(readFileSync(stage.report, 'utf8'));
    const skipped = report.numPendingTests + report.numTodoTests;
    passed += report.numPassedTests;
    // A suite that failed to load counts as a failure even when no test inside it ran.
    const stageFailed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0);
    failed += stageFailed + skipped;
    lines.push(
      `${stage.name}: ${report.numPassedTests} passed, ${stageFailed} failed${skipped ? `, ${skipped} skipped (counted as failed)` : ''}`,
    );
    if (!ok && stageFailed === 0) {
      failed += 1;
      lines.push(`${stage.name}: the runner exited with ${run.status}`);
    }
  } else {
    if (ok) passed++;
    else failed++;
    lines.push(`${stage.name}: ${ok ? 'ok' : `failed (exit ${run.status})`}`);
    if (!ok && stage.required) {
      lines.push('stopping: later stages need this one');
      break;
    }
  }
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

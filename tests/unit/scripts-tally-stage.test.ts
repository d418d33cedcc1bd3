import { describe, expect, it } from 'vitest';
import { tallyStage } from '@/scripts/tally-stage.mjs';

const suite = { name: 'unit', report: 'test-results/unit.json', empty: 'no tests' };
const report = (counts: Partial<Parameters<typeof tallyStage>[2] & object> = {}) => ({
  numTotalTests: 0,
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  numFailedTestSuites: 0,
  ...counts,
});

describe('tallyStage (how npm test counts)', () => {
  it.each([
    ['a stage that is no test suite, passing, adds nothing', { name: 'check' }, 0, null, [0, 0, 'check: ok']],
    ['…and failing adds one failure', { name: 'build' }, 1, null, [0, 1, 'build: failed (exit 1)']],
    [
      'a suite counts its tests',
      suite,
      0,
      report({ numTotalTests: 5, numPassedTests: 5 }),
      [5, 0, 'unit: 5 passed, 0 failed'],
    ],
    [
      'a failed test fails',
      suite,
      1,
      report({ numTotalTests: 5, numPassedTests: 4, numFailedTests: 1 }),
      [4, 1, 'unit: 4 passed, 1 failed (exit 1)'],
    ],
    [
      'a file that failed to load is one failure',
      suite,
      1,
      report({ numTotalTests: 3, numPassedTests: 3, numFailedTestSuites: 1 }),
      [3, 1, 'unit: 3 passed, 1 failed (exit 1)'],
    ],
    [
      'a runner failing with every test passed is one failure',
      suite,
      1,
      report({ numTotalTests: 2, numPassedTests: 2 }),
      [2, 1, 'unit: 2 passed, 1 failed (exit 1)'],
    ],
    [
      'skipped tests are reported, not failed',
      suite,
      0,
      report({ numTotalTests: 3, numPassedTests: 2, numPendingTests: 1 }),
      [2, 0, 'unit: 2 passed, 0 failed (1 skipped)'],
    ],
    [
      'a suite with nothing to test says why',
      { name: 'corpus', report: 'x.json', empty: 'no corpus' },
      0,
      report(),
      [0, 0, 'corpus: skipped: no corpus'],
    ],
    ['a suite that wrote no report failed', suite, null, null, [0, 1, 'unit: failed (exit null, no report written)']],
  ] as const)('%s', (_, stage, status, json, [passed, failed, line]) => {
    expect(tallyStage(stage, status, json)).toEqual({ passed, failed, line });
  });
});

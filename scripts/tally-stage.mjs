/**
 * How `npm test` (scripts/test.mjs) counts one stage: only tests add to "passed". A stage that is not
 * a test suite adds nothing when it succeeds and one failure when it fails; a suite that failed to
 * load, or a runner that failed with every test passing, counts as one failure; a suite that
 * registered no test is skipped, with its reason.
 *
 * @param {{ name: string, report?: string, empty?: string }} stage
 * @param {number | null} status the stage's exit status (null when it was killed)
 * @param {{ numTotalTests: number, numPassedTests: number, numFailedTests: number,
 *   numPendingTests: number, numTodoTests: number, numFailedTestSuites: number } | null} report
 *   vitest's JSON report, or null when the stage wrote none
 * @returns {{ passed: number, failed: number, line: string }}
 */
export function tallyStage(stage, status, report) {
  const ok = status === 0;
  if (!stage.report)
    return { passed: 0, failed: ok ? 0 : 1, line: `${stage.name}: ${ok ? 'ok' : `failed (exit ${status})`}` };
  if (!report) return { passed: 0, failed: 1, line: `${stage.name}: failed (exit ${status}, no report written)` };
  if (ok && report.numTotalTests === 0) return { passed: 0, failed: 0, line: `${stage.name}: skipped: ${stage.empty}` };
  const skipped = report.numPendingTests + report.numTodoTests;
  let failed = report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0);
  if (!ok && failed === 0) failed = 1;
  const extra = [skipped ? `${skipped} skipped` : '', !ok ? `exit ${status}` : ''].filter(Boolean);
  return {
    passed: report.numPassedTests,
    failed,
    line: `${stage.name}: ${report.numPassedTests} passed, ${failed} failed${extra.length ? ` (${extra.join(', ')})` : ''}`,
  };
}

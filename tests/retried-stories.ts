import type { Reporter, TestCase } from 'vitest/node';

/**
 * A story that passed only when it was run again is a flake, not a pass: its first
 * failure is printed (Vitest would show only "retry x1"), so that it can be found and fixed.
 */
export class RetriedStories implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const result = test.result();
    if (result.state !== 'passed' || !test.diagnostic()?.flaky) return;
    const errors = (result.errors ?? []).map((error) => `    ${error.name}: ${error.message.split('\n')[0]}`);
    this.retried.push([`  ${test.module.moduleId.split('/tests/')[1] ?? test.module.moduleId} > ${test.fullName}`, ...errors].join('\n'));
  }

  onTestRunEnd(): void {
    if (this.retried.length === 0) return;
    console.warn(`\nPassed only when run again (${this.retried.length}), with what failed first:\n${this.retried.join('\n')}\n`);
  }
}

/**
 * Runs `check` on every item and fails once, naming each item that failed and why. A table
 * of thousands (every template in every language) is then one test, not thousands of
 * tests each paying the runner's cost, and no failure goes untold.
 */
export function expectEvery<T>(items: readonly T[], nameOf: (item: T) => string, check: (item: T) => void): void {
  const failures: string[] = [];
  for (const item of items) {
    try {
      check(item);
    } catch (error) {
      failures.push(`${nameOf(item)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  expect(failures, failures.join('\n')).toEqual([]);
}

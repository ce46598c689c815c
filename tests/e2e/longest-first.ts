import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files, longest first (on two cores: about 200, 125, 100 and 50 s, then 40 s
 * and less). Vitest starts the files it has no record of largest first, and in a fresh
 * clone it has none: the longest here are short files whose stories run in every language,
 * and started last they would leave one worker running for minutes after the others end.
 */
const LONGEST = [
  'accessibility-translated',
  'over-the-weeks-views',
  'answers-unseen',
  'ideas-heavier',
  'accessibility',
  'words',
  'quiet',
  'ideas-people',
  'ideas',
];

const rank = (file: TestSpecification) => {
  const index = LONGEST.indexOf(path.basename(file.moduleId, '.test.ts'));
  return index === -1 ? LONGEST.length : index;
};

/** Vitest's own order, with the longest files started first. */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

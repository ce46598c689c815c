import { planMerge, relinkNudge } from '../../../src/core/backup-merge';
import { newNudge } from '../../../src/core/nudge';
import { someone } from '../../support/suggest-fixtures';

/** Merging a file into what is here: who is the same person, and where the links of history go. */
const AT = new Date(2026, 10, 25, 9).getTime();

describe('merging a backup into what is here', () => {
  it('recognises someone already here whatever the letter case of their name and email', () => {
    const here = someone({ id: 1, name: 'Maya Lindqvist', email: 'maya@example.com' });
    const inFile = someone({ id: 7, name: 'MAYA LINDQVIST ', email: 'Maya@Example.com' });
    const plan = planMerge({ version: 6, people: [inFile], nudges: [], hellos: [], rituals: [] }, { people: [here], nudgeKeys: new Set() });
    expect(plan.people).toEqual([]);
    expect([...plan.samePeople]).toEqual([[7, 1]]);
  });

  it('moves the people set aside with "Another idea" to their ids here, and forgets those not here', () => {
    const suggestion = { templateId: 'ch_hello', prompt: 'A hello?', draft: 'Hi,', personId: 7 };
    const nudge = { ...newNudge({ origin: 'popup', suggestion }, AT, 240), tried: { templateIds: ['cu_week'], personIds: [7, 8] } };
    const relinked = relinkNudge(nudge, new Map([[7, 1]]));
    expect(relinked.suggestion.personId).toBe(1);
    expect(relinked.tried).toEqual({ templateIds: ['cu_week'], personIds: [1] });
  });
});

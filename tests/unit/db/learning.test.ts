import { emptyLearning } from '../../../src/core/learning';
import { db } from '../../../src/db/database';
import { deleteEverything } from '../../../src/db/history';
import { forgetLearning, readLearning } from '../../../src/db/learning';
import { learnedOver, on, WEEKDAYS_OF_NOVEMBER } from '../../support/learning';

const LEARNED = { ...emptyLearning(on(28, 12)), receptivity: learnedOver(WEEKDAYS_OF_NOVEMBER, [{ kind: 'email', hour: 9, takenUp: true }]) };

describe('what was learned, as stored', () => {
  it('reads as nothing learned when there is no row yet', async () => {
    expect(await readLearning()).toEqual(emptyLearning());
  });

  it('reads as nothing learned when the row is not what it should be, rather than half of it', async () => {
    await db.learning.put({ key: 'learning', state: { ...LEARNED, version: 2 } as unknown as typeof LEARNED });
    expect(await readLearning()).toEqual(emptyLearning());
  });

  it('is cleared by Forget, from that moment on', async () => {
    await db.learning.put({ key: 'learning', state: LEARNED });
    await forgetLearning(on(30, 9));
    expect(await readLearning()).toEqual(emptyLearning(on(30, 9)));
  });

  it('goes with Delete everything', async () => {
    await db.learning.put({ key: 'learning', state: LEARNED });
    await deleteEverything();
    expect(await db.learning.count()).toBe(0);
  });
});

import { newNudge, type Feeling, type Nudge } from '../../../src/core/nudge';
import { DAY_MS } from '../../../src/core/time';
import { readToday } from '../../../src/db/today';
import { db } from '../../../src/db/database';

const NOW = new Date(2026, 10, 25, 12).getTime();

function sentAt(at: number, feeling?: Feeling): Nudge {
  return {
    ...newNudge({ origin: 'popup', suggestion: { templateId: 'ch_hello', prompt: 'p', draft: 'd' } }, at, 240),
    status: 'sent',
    sentAt: at,
    ...(feeling ? { feeling } : {}),
  };
}

describe('what the popup’s first view reads', () => {
  it('reads the notes sent and hellos made in the last day, not the years before', async () => {
    await db.nudges.bulkAdd([sentAt(NOW - 2 * 3_600_000), ...Array.from({ length: 500 }, (_, i) => sentAt(NOW - (i + 2) * DAY_MS, 'lighter'))]);
    await db.hellos.bulkAdd([
      { at: NOW - 3_600_000, day: '2026-11-25' },
      { at: NOW - 3 * DAY_MS, day: '2026-11-22' },
    ]);
    const { sentToday, hellosToday, feelings } = await readToday(NOW);
    expect(sentToday.map((nudge) => nudge.sentAt)).toEqual([NOW - 2 * 3_600_000]);
    expect(hellosToday.map((hello) => hello.at)).toEqual([NOW - 3_600_000]);
    // Today's note has no feeling noted, so nothing heavy can lead: the older ones are not read.
    expect(feelings).toEqual([]);
  });

  it('reads the feelings before today only when today’s latest felt heavier, as far as several in a row', async () => {
    await db.nudges.bulkAdd([
      sentAt(NOW - 3_600_000, 'heavier'),
      sentAt(NOW - 2 * DAY_MS, 'heavier'),
      sentAt(NOW - 3 * DAY_MS, 'heavier'),
      sentAt(NOW - 4 * DAY_MS, 'lighter'),
    ]);
    const { feelings } = await readToday(NOW);
    expect(feelings.map((noted) => [noted.feeling, noted.at])).toEqual([
      ['heavier', NOW - 3_600_000],
      ['heavier', NOW - 2 * DAY_MS],
      ['heavier', NOW - 3 * DAY_MS],
    ]);
  });
});

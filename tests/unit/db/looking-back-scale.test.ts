import { newNudge, type Nudge } from '../../../src/core/nudge';
import { DAY_MS } from '../../../src/core/time';
import { LOOKING_BACK_LATEST, readLookingBack } from '../../../src/db/looking-back';
import { db } from '../../../src/db/database';
import { latestFeelings } from '../../../src/db/feelings';

const NOW = new Date(2026, 10, 25, 12).getTime();

function sentAt(at: number, changes: Partial<Nudge> = {}): Nudge {
  return { ...newNudge({ origin: 'popup', suggestion: { templateId: 'ch_hello', prompt: 'p', draft: 'd' } }, at, 240), status: 'sent', sentAt: at, ...changes };
}

describe('the popup’s picture of what happened, with years of history', () => {
  it('reads the latest entries and the last weeks, not the whole history, newest first', async () => {
    // Three years of notes, a few a day, and one hello a week.
    const notes = Array.from({ length: 3000 }, (_, i) => sentAt(NOW - (i + 1) * 0.35 * DAY_MS, { feeling: i === 5 ? 'heavier' : 'lighter' }));
    await db.nudges.bulkAdd(notes);
    await db.hellos.bulkAdd(Array.from({ length: 150 }, (_, i) => ({ at: NOW - (i + 1) * 7 * DAY_MS, day: '2026-01-01' })));
    const { sent, hellos } = await readLookingBack(NOW);
    expect(sent.length).toBe(LOOKING_BACK_LATEST);
    expect(sent[0]?.shownAt).toBe(notes[0]?.shownAt);
    expect(sent.every((nudge, i) => i === 0 || (sent[i - 1]?.sentAt ?? 0) >= (nudge.sentAt ?? 0))).toBe(true);
    // Every hello of the last ten weeks is there for the picture of the weeks.
    expect(hellos.filter((hello) => hello.at >= NOW - 70 * DAY_MS)).toHaveLength(10);
    expect(hellos.length).toBe(150);
    expect((await latestFeelings(3)).map((noted) => noted.feeling)).toEqual(['lighter', 'lighter', 'lighter']);
    expect((await latestFeelings(6)).map((noted) => noted.feeling)[5]).toBe('heavier');
  });

  it('keeps notes of the last weeks even when many newer entries were not sent', async () => {
    const sentLately = sentAt(NOW - 20 * DAY_MS);
    const dismissed = Array.from({ length: LOOKING_BACK_LATEST + 10 }, (_, i) => ({ ...sentAt(NOW - i * 60_000), status: 'dismissed' as const }));
    await db.nudges.bulkAdd([sentLately, ...dismissed]);
    const { sent } = await readLookingBack(NOW);
    expect(sent.map((nudge) => nudge.shownAt)).toEqual([sentLately.shownAt]);
  });
});

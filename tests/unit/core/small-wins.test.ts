import { hellosThisWeek, PICTURE_WEEKS, weekStart, weeksOfWins, winsOf, type Win } from '../../../src/core/small-wins';
import { madeAHelloToday } from '../../../src/core/hellos';
import type { Nudge } from '../../../src/core/nudge';
import { inZone, ZONES } from '../../support/zones';

const DAY_STARTS = 4 * 60;

/** Local time in whatever zone is set: `at(2026, 11, 25, 9)` is 25 November 2026, 09:00. */
const at = (year: number, month: number, day: number, hour = 12, minute = 0) => new Date(year, month - 1, day, hour, minute).getTime();

describe('the week a small hello belongs to', () => {
  it.each(ZONES)('starts on Monday at the hour the day starts, in %s', (zone) => {
    inZone(zone, () => {
      // Wednesday 25 November 2026.
      expect(weekStart(at(2026, 11, 25, 9), DAY_STARTS)).toBe(at(2026, 11, 23, 4));
      // Monday before the day starts still belongs to the week before.
      expect(weekStart(at(2026, 11, 23, 3, 59), DAY_STARTS)).toBe(at(2026, 11, 16, 4));
      expect(weekStart(at(2026, 11, 23, 4, 0), DAY_STARTS)).toBe(at(2026, 11, 23, 4));
    });
  });

  it('starts on Sunday where weeks start on Sunday', () => {
    expect(weekStart(at(2026, 11, 25, 9), DAY_STARTS, 0)).toBe(at(2026, 11, 22, 4));
    expect(weekStart(at(2026, 11, 22, 3, 59), DAY_STARTS, 0)).toBe(at(2026, 11, 15, 4));
  });

  it('follows a day that starts at midnight', () => {
    expect(weekStart(at(2026, 11, 23, 0, 30), 0)).toBe(at(2026, 11, 23, 0));
  });

  it.each([
    ['Europe/Berlin', 2026, 3, 29],
    ['Europe/Berlin', 2026, 10, 25],
    ['America/New_York', 2026, 3, 8],
    ['America/New_York', 2026, 11, 1],
  ])('keeps the same hour across a change of clocks (%s, %i-%i-%i)', (zone, year, month, day) => {
    inZone(zone, () => {
      const start = weekStart(at(year, month, day, 12), DAY_STARTS);
      expect(new Date(start).getHours()).toBe(4);
      const weeks = weeksOfWins([], at(year, month, day, 12), DAY_STARTS);
      for (const week of weeks) expect([new Date(week.start).getHours(), new Date(week.start).getDay()]).toEqual([4, 1]);
    });
  });
});

describe('the picture of the weeks', () => {
  const now = at(2026, 11, 25, 18);
  const wins: Win[] = [
    { at: at(2026, 11, 24, 9), feeling: 'lighter' },
    { at: at(2026, 11, 25, 8) },
    // Sunday night after midnight belongs to Sunday, the last day of the week before.
    { at: at(2026, 11, 23, 1), feeling: 'heavier' },
    { at: at(2026, 10, 5, 12), feeling: 'lighter' },
    // Nine weeks back: out of the picture.
    { at: at(2026, 9, 21, 12), feeling: 'lighter' },
    // Later than now: not counted.
    { at: at(2026, 11, 25, 19) },
  ];

  it('shows eight weeks, oldest first, this week last', () => {
    const weeks = weeksOfWins(wins, now, DAY_STARTS);
    expect(weeks).toHaveLength(PICTURE_WEEKS);
    expect(weeks.at(-1)?.start).toBe(at(2026, 11, 23, 4));
    expect(weeks[0]?.start).toBe(at(2026, 10, 5, 4));
    expect(weeks.map((week) => week.hellos)).toEqual([1, 0, 0, 0, 0, 0, 1, 2]);
  });

  it('marks a week as lighter only when more hellos felt lighter than heavier', () => {
    const weeks = weeksOfWins(wins, now, DAY_STARTS);
    expect(weeks.map((week) => week.feltLighter)).toEqual([true, false, false, false, false, false, false, true]);
    const even = weeksOfWins(
      [
        { at: at(2026, 11, 24), feeling: 'lighter' },
        { at: at(2026, 11, 24), feeling: 'heavier' },
      ],
      now,
      DAY_STARTS,
    );
    expect(even.at(-1)?.feltLighter).toBe(false);
  });

  it('counts this week only, and nothing in the future', () => {
    expect(hellosThisWeek(wins, now, DAY_STARTS)).toBe(2);
    expect(hellosThisWeek(wins, at(2026, 11, 23, 3), DAY_STARTS)).toBe(1);
    expect(hellosThisWeek([], now, DAY_STARTS)).toBe(0);
  });

  it('counts notes sent, ideas done and hellos made, and nothing else', () => {
    const nudge = (status: Nudge['status'], changes: Partial<Nudge> = {}) => ({ status, updatedAt: at(2026, 11, 24), ...changes });
    const counted = winsOf(
      [
        nudge('sent', { sentAt: at(2026, 11, 24, 10), feeling: 'lighter' }),
        nudge('sent'),
        nudge('dismissed'),
        nudge('shown'),
        nudge('muted'),
        nudge('writing'),
      ],
      [{ at: at(2026, 11, 25) }],
    );
    expect(counted).toEqual([{ at: at(2026, 11, 24, 10), feeling: 'lighter' }, { at: at(2026, 11, 24) }, { at: at(2026, 11, 25) }]);
  });
});

describe('whether a small hello happened today', () => {
  const now = at(2026, 11, 25, 18);
  const sent = (when: number) => ({ status: 'sent' as const, sentAt: when, updatedAt: when });

  it('counts a note sent or a hello made since the day started', () => {
    expect(madeAHelloToday([sent(at(2026, 11, 25, 4))], [], now, DAY_STARTS)).toBe(true);
    expect(madeAHelloToday([], [{ at: at(2026, 11, 25, 17) }], now, DAY_STARTS)).toBe(true);
  });

  it('does not count yesterday, late evening included, or anything not sent', () => {
    expect(madeAHelloToday([sent(at(2026, 11, 25, 3, 59))], [{ at: at(2026, 11, 24, 23) }], now, DAY_STARTS)).toBe(false);
    expect(madeAHelloToday([{ status: 'dismissed', updatedAt: at(2026, 11, 25, 9) }], [], now, DAY_STARTS)).toBe(false);
  });
});

describe('small wins from what was kept, in any time zone and whenever the day starts', () => {
  const DAY_STARTS_AT = [0, 4 * 60, 6 * 60 + 30];
  const cases = ZONES.flatMap((zone) => DAY_STARTS_AT.map((dayStartsAt) => [zone, dayStartsAt] as const));
  /** Local time at `minutes` past midnight of that day (negative: the evening before). */
  const atMinutes = (day: number, minutes: number) => new Date(2026, 10, day, 0, minutes).getTime();

  /** Notes as the history keeps them, and hellos made away from the screen. */
  function kept(dayStartsAt: number): { nudges: Pick<Nudge, 'status' | 'sentAt' | 'updatedAt' | 'feeling'>[]; hellos: { at: number }[] } {
    const sent = (when: number, feeling?: Nudge['feeling']) => ({
      status: 'sent' as const,
      sentAt: when,
      updatedAt: when + 60_000,
      ...(feeling ? { feeling } : {}),
    });
    return {
      nudges: [
        sent(at(2026, 11, 24, 9), 'lighter'),
        // The first minute of Monday's day, and the last of Sunday's, a minute apart.
        sent(atMinutes(23, dayStartsAt), 'lighter'),
        sent(atMinutes(23, dayStartsAt - 1), 'heavier'),
        sent(at(2026, 11, 9, 12), 'same'),
        { status: 'dismissed', updatedAt: at(2026, 11, 24, 10) },
        { status: 'muted', updatedAt: at(2026, 11, 24, 11) },
      ],
      hellos: [{ at: at(2026, 11, 25, 8) }, { at: at(2026, 11, 25, 19) }],
    };
  }

  it.each(cases)('counts this week and pictures the weeks the same way in %s, the day starting at minute %i', (zone, dayStartsAt) => {
    inZone(zone, () => {
      const now = at(2026, 11, 25, 18);
      const { nudges, hellos } = kept(dayStartsAt);
      const wins = winsOf(nudges, hellos);
      expect(hellosThisWeek(wins, now, dayStartsAt)).toBe(3);

      const weeks = weeksOfWins(wins, now, dayStartsAt);
      expect(weeks.at(-1)).toEqual({ start: atMinutes(23, dayStartsAt), hellos: 3, lighter: 2, heavier: 0, feltLighter: true });
      expect(weeks.at(-2)).toEqual({ start: atMinutes(16, dayStartsAt), hellos: 1, lighter: 0, heavier: 1, feltLighter: false });
      expect(weeks.at(-3)).toEqual({ start: atMinutes(9, dayStartsAt), hellos: 1, lighter: 0, heavier: 0, feltLighter: false });
      expect(weeks.map((week) => week.hellos)).toEqual([0, 0, 0, 0, 0, 1, 1, 3]);
    });
  });

  it.each(cases)('knows whether a hello was made today in %s, the day starting at minute %i', (zone, dayStartsAt) => {
    inZone(zone, () => {
      const now = atMinutes(25, dayStartsAt + 30);
      expect(madeAHelloToday([], [{ at: atMinutes(25, dayStartsAt) }], now, dayStartsAt)).toBe(true);
      expect(madeAHelloToday([], [{ at: atMinutes(25, dayStartsAt - 1) }], now, dayStartsAt)).toBe(false);
      const sentLastNight = { status: 'sent' as const, sentAt: atMinutes(25, dayStartsAt - 1), updatedAt: atMinutes(25, dayStartsAt + 5) };
      expect(madeAHelloToday([sentLastNight], [], now, dayStartsAt)).toBe(false);
    });
  });
});

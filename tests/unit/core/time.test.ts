import { dayKey, dayStart, isWithinHours, minutes, minutesOfDay, nextDayStart } from '../../../src/core/time';

const FOUR_AM = 4 * 60;
const HOUR = minutes(60);
const local = (year: number, month: number, day: number, hour: number, minute = 0): number => new Date(year, month - 1, day, hour, minute).getTime();

describe('the day boundary at 04:00', () => {
  it('puts 03:59 in the previous day', () => {
    const now = local(2026, 11, 25, 3, 59);
    expect(dayStart(now, FOUR_AM)).toBe(local(2026, 11, 24, 4, 0));
    expect(dayKey(now, FOUR_AM)).toBe('2026-11-24');
    expect(nextDayStart(now, FOUR_AM)).toBe(local(2026, 11, 25, 4, 0));
  });

  it('starts a new day at exactly 04:00', () => {
    const now = local(2026, 11, 25, 4, 0);
    expect(dayStart(now, FOUR_AM)).toBe(now);
    expect(dayKey(now, FOUR_AM)).toBe('2026-11-25');
    expect(nextDayStart(now, FOUR_AM)).toBe(local(2026, 11, 26, 4, 0));
  });

  it('keeps a late evening in the day the person lived', () => {
    const now = local(2026, 11, 25, 23, 45);
    expect(dayStart(now, FOUR_AM)).toBe(local(2026, 11, 25, 4, 0));
    expect(dayKey(now, FOUR_AM)).toBe('2026-11-25');
    expect(nextDayStart(now, FOUR_AM)).toBe(local(2026, 11, 26, 4, 0));
  });

  it('keeps the small hours of New Year in the old year', () => {
    const now = local(2027, 1, 1, 2, 0);
    expect(dayKey(now, FOUR_AM)).toBe('2026-12-31');
    expect(nextDayStart(now, FOUR_AM)).toBe(local(2027, 1, 1, 4, 0));
  });

  it('follows another configured day start', () => {
    const sixThirty = 6 * 60 + 30;
    expect(dayKey(local(2026, 11, 25, 6, 29), sixThirty)).toBe('2026-11-24');
    expect(dayKey(local(2026, 11, 25, 6, 30), sixThirty)).toBe('2026-11-25');
    expect(nextDayStart(local(2026, 11, 25, 6, 29), sixThirty)).toBe(local(2026, 11, 25, 6, 30));
  });

  it('uses midnight when the day starts at 0 minutes', () => {
    expect(dayKey(local(2026, 11, 25, 0, 0), 0)).toBe('2026-11-25');
    expect(dayKey(local(2026, 11, 24, 23, 59), 0)).toBe('2026-11-24');
  });

  it('pads months and days in the day key', () => {
    expect(dayKey(local(2026, 3, 5, 12, 0), FOUR_AM)).toBe('2026-03-05');
  });
});

describe('days when the clocks change in Europe/Berlin', () => {
  it('runs under the pinned zone', () => {
    // Guards the DST tests below: in another zone they would not test anything.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Berlin');
  });

  it('starts the next day at 04:00 local after the spring change (2026-03-29), 23 hours later', () => {
    const evening = local(2026, 3, 28, 22, 0);
    const next = nextDayStart(evening, FOUR_AM);
    expect(new Date(next).getHours()).toBe(4);
    expect(new Date(next).getMinutes()).toBe(0);
    expect(dayKey(next, FOUR_AM)).toBe('2026-03-29');
    expect(next - dayStart(evening, FOUR_AM)).toBe(23 * HOUR);
  });

  it('counts 03:30 on the spring change night as the previous day', () => {
    const smallHours = local(2026, 3, 29, 3, 30);
    expect(dayKey(smallHours, FOUR_AM)).toBe('2026-03-28');
    expect(nextDayStart(smallHours, FOUR_AM) - smallHours).toBe(30 * 60_000);
  });

  it('starts the next day at 04:00 local after the autumn change (2026-10-25), 25 hours later', () => {
    const evening = local(2026, 10, 24, 22, 0);
    const next = nextDayStart(evening, FOUR_AM);
    expect(new Date(next).getHours()).toBe(4);
    expect(new Date(next).getMinutes()).toBe(0);
    expect(dayKey(next, FOUR_AM)).toBe('2026-10-25');
    expect(next - dayStart(evening, FOUR_AM)).toBe(25 * HOUR);
  });

  it('keeps both 02:30s of the autumn change night in the previous day', () => {
    const firstHalfPastTwo = local(2026, 10, 25, 1, 30) + HOUR; // 02:30 summer time
    const secondHalfPastTwo = firstHalfPastTwo + HOUR; // 02:30 winter time
    expect(new Date(firstHalfPastTwo).getHours()).toBe(2);
    expect(new Date(secondHalfPastTwo).getHours()).toBe(2);
    expect(dayKey(firstHalfPastTwo, FOUR_AM)).toBe('2026-10-24');
    expect(dayKey(secondHalfPastTwo, FOUR_AM)).toBe('2026-10-24');
    expect(nextDayStart(secondHalfPastTwo, FOUR_AM)).toBe(local(2026, 10, 25, 4, 0));
  });

  it('gives the day after a change its own 04:00 start', () => {
    expect(nextDayStart(local(2026, 3, 29, 12, 0), FOUR_AM)).toBe(local(2026, 3, 30, 4, 0));
    expect(nextDayStart(local(2026, 10, 25, 12, 0), FOUR_AM)).toBe(local(2026, 10, 26, 4, 0));
  });
});

describe('minutesOfDay', () => {
  it('counts local minutes since midnight', () => {
    expect(minutesOfDay(local(2026, 11, 25, 0, 0))).toBe(0);
    expect(minutesOfDay(local(2026, 11, 25, 13, 7))).toBe(13 * 60 + 7);
    expect(minutesOfDay(local(2026, 11, 25, 23, 59))).toBe(23 * 60 + 59);
  });
});

describe('isWithinHours', () => {
  const at = (hour: number, minute = 0) => local(2026, 11, 25, hour, minute);

  it('includes the start and excludes the end of a daytime window', () => {
    expect(isWithinHours(at(7, 59), 8 * 60, 21 * 60)).toBe(false);
    expect(isWithinHours(at(8, 0), 8 * 60, 21 * 60)).toBe(true);
    expect(isWithinHours(at(20, 59), 8 * 60, 21 * 60)).toBe(true);
    expect(isWithinHours(at(21, 0), 8 * 60, 21 * 60)).toBe(false);
  });

  it('handles a window that passes midnight', () => {
    const from = 22 * 60;
    const until = 2 * 60;
    expect(isWithinHours(at(21, 59), from, until)).toBe(false);
    expect(isWithinHours(at(22, 0), from, until)).toBe(true);
    expect(isWithinHours(at(0, 0), from, until)).toBe(true);
    expect(isWithinHours(at(1, 59), from, until)).toBe(true);
    expect(isWithinHours(at(2, 0), from, until)).toBe(false);
    expect(isWithinHours(at(12, 0), from, until)).toBe(false);
  });

  it('treats an equal start and end as the whole day', () => {
    for (const hour of [0, 5, 9, 12, 23]) {
      expect(isWithinHours(at(hour, 30), 9 * 60, 9 * 60)).toBe(true);
      expect(isWithinHours(at(hour, 30), 0, 0)).toBe(true);
    }
  });
});

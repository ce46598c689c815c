import { checkRitual, isDue, nextRitualChange, ritualsDue, ritualsOfToday, type Ritual, type RitualClock } from '../../../src/core/rituals';

import { inZone, ZONES } from '../../support/zones';

/** Wednesday 2026-11-25 and the days around it, local time (Europe/Berlin, pinned). */
const at = (day: number, hour: number, minute = 0, month = 11) => new Date(2026, month - 1, day, hour, minute).getTime();
const CLOCK: RitualClock = { dayStartsAtMinutes: 4 * 60, activeFromMinutes: 8 * 60, activeUntilMinutes: 21 * 60 };
const ALL_DAY: RitualClock = { ...CLOCK, activeFromMinutes: 0, activeUntilMinutes: 0 };
const FRIDAY = 5;
const friday = (changes: Partial<Ritual> = {}): Ritual => ({ id: 1, what: 'Text Dad', weekday: FRIDAY, every: 'week', createdAt: at(1, 12), ...changes });

describe('when a ritual is due', () => {
  it('is due on its day from the start of the active hours', () => {
    expect(isDue(friday(), at(27, 7, 59), CLOCK)).toBe(false);
    expect(isDue(friday(), at(27, 8, 0), CLOCK)).toBe(true);
    expect(isDue(friday(), at(27, 23, 0), CLOCK)).toBe(true);
  });

  it('stays due until the person’s day ends, not at midnight', () => {
    expect(isDue(friday(), at(28, 3, 59), CLOCK)).toBe(true);
    expect(isDue(friday(), at(28, 4, 0), CLOCK)).toBe(false);
  });

  it('is due from the start of the day when the active hours never end', () => {
    expect(isDue(friday(), at(27, 4, 0), ALL_DAY)).toBe(true);
    expect(isDue(friday(), at(27, 3, 59), ALL_DAY)).toBe(false);
  });

  it('is not due on other days, and never carried over to the next', () => {
    expect(isDue(friday(), at(26, 12), CLOCK)).toBe(false);
    expect(isDue(friday(), at(28, 12), CLOCK)).toBe(false);
  });

  it('rests for the day once done or let go', () => {
    expect(isDue(friday({ doneDay: '2026-11-27' }), at(27, 12), CLOCK)).toBe(false);
    expect(isDue(friday({ letGoDay: '2026-11-27' }), at(27, 12), CLOCK)).toBe(false);
    expect(isDue(friday({ doneDay: '2026-11-20' }), at(27, 12), CLOCK)).toBe(true);
  });

  it('comes every other week from its first day, across a change of clocks', () => {
    // Made on Wednesday 21 October: first Friday 23 October, then 6 and 20 November (clocks changed on 25 October).
    const fortnightly = friday({ every: 'two-weeks', createdAt: at(21, 9, 0, 10) });
    expect(isDue(fortnightly, at(23, 12, 0, 10), CLOCK)).toBe(true);
    expect(isDue(fortnightly, at(30, 12, 0, 10), CLOCK)).toBe(false);
    expect(isDue(fortnightly, at(6, 12), CLOCK)).toBe(true);
    expect(isDue(fortnightly, at(13, 12), CLOCK)).toBe(false);
    expect(isDue(fortnightly, at(20, 12), CLOCK)).toBe(true);
  });

  it('keeps its fortnight when the clocks go forward in between', () => {
    // Made on Wednesday 18 March: first Friday 20 March, then 3 April (clocks changed on 29 March).
    const fortnightly = friday({ every: 'two-weeks', createdAt: at(18, 9, 0, 3) });
    expect(isDue(fortnightly, at(20, 12, 0, 3), CLOCK)).toBe(true);
    expect(isDue(fortnightly, at(27, 12, 0, 3), CLOCK)).toBe(false);
    expect(isDue(fortnightly, at(3, 12, 0, 4), CLOCK)).toBe(true);
  });

  it('is due the same day it is made, on its day', () => {
    expect(isDue(friday({ createdAt: at(27, 10), every: 'two-weeks' }), at(27, 10, 1), CLOCK)).toBe(true);
  });

  it('lists only those due', () => {
    const rituals = [friday(), friday({ id: 2, weekday: 3 }), friday({ id: 3, doneDay: '2026-11-27' })];
    expect(ritualsDue(rituals, at(27, 12), CLOCK).map((ritual) => ritual.id)).toEqual([1]);
  });
});

describe('the rituals of today', () => {
  it('are those whose day it is, before their time, due, done or let go', () => {
    const rituals = [friday({ id: 1 }), friday({ id: 2, doneDay: '2026-11-27' }), friday({ id: 3, letGoDay: '2026-11-27' }), friday({ id: 4, weekday: 4 })];
    expect(ritualsOfToday(rituals, at(27, 7), CLOCK).map((ritual) => ritual.id)).toEqual([1, 2, 3]);
    expect(ritualsOfToday(rituals, at(27, 12), CLOCK).map((ritual) => ritual.id)).toEqual([1, 2, 3]);
  });

  it('belong to the person’s day: Friday night after midnight is still Friday, Saturday at 04:00 is not', () => {
    expect(ritualsOfToday([friday()], at(28, 3, 59), CLOCK)).toHaveLength(1);
    expect(ritualsOfToday([friday()], at(28, 4, 0), CLOCK)).toEqual([]);
    expect(ritualsOfToday([friday()], at(27, 3, 59), CLOCK)).toEqual([]);
  });

  it('skip the week off of a ritual every other week', () => {
    const fortnightly = friday({ every: 'two-weeks', createdAt: at(21, 9, 0, 10) });
    expect(ritualsOfToday([fortnightly], at(20, 12), CLOCK)).toHaveLength(1);
    expect(ritualsOfToday([fortnightly], at(27, 12), CLOCK)).toEqual([]);
  });
});

describe('when the rituals due change next', () => {
  it('is when the next one becomes due', () => {
    expect(nextRitualChange([friday()], at(25, 12), CLOCK)).toBe(at(27, 8));
    expect(nextRitualChange([friday(), friday({ id: 2, weekday: 4 })], at(25, 12), CLOCK)).toBe(at(26, 8));
  });

  it('is when the day ends, while one is due', () => {
    expect(nextRitualChange([friday()], at(27, 12), CLOCK)).toBe(at(28, 4));
  });

  it('is next week’s day once today’s is done', () => {
    expect(nextRitualChange([friday({ doneDay: '2026-11-27' })], at(27, 12), CLOCK)).toBe(at(4, 8, 0, 12));
  });

  it('is two weeks on for a ritual every other week', () => {
    const fortnightly = friday({ every: 'two-weeks', createdAt: at(20, 9) });
    expect(nextRitualChange([fortnightly], at(20, 12), CLOCK)).toBe(at(21, 4));
    expect(nextRitualChange([fortnightly], at(21, 12), CLOCK)).toBe(at(4, 8, 0, 12));
  });

  it('is nothing without rituals', () => {
    expect(nextRitualChange([], at(25, 12), CLOCK)).toBeUndefined();
  });
});

describe('rituals in any time zone, on the day the clocks change', () => {
  /** The Sunday each zone changes its clocks in 2026 (Asia/Kolkata never does). */
  const CHANGE: Record<string, [month: number, day: number]> = {
    'Europe/Berlin': [10, 25],
    'America/New_York': [11, 1],
    'Asia/Kolkata': [10, 25],
    'Pacific/Auckland': [9, 27],
  };
  const local = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();
  const sunday = (createdAt: number): Ritual => ({ id: 1, what: 'Call Mum', weekday: 0, every: 'week', createdAt });

  it.each(ZONES)('is due from 08:00 until 04:00 by the clock on the wall, in %s', (zone) => {
    inZone(zone, () => {
      const [month, day] = CHANGE[zone] ?? [10, 25];
      const ritual = sunday(local(month, day - 10, 12));
      expect(isDue(ritual, local(month, day, 7, 59), CLOCK)).toBe(false);
      expect(isDue(ritual, local(month, day, 8), CLOCK)).toBe(true);
      expect(isDue(ritual, local(month, day + 1, 3, 59), CLOCK)).toBe(true);
      expect(isDue(ritual, local(month, day + 1, 4), CLOCK)).toBe(false);
      // The alarm: when it becomes due, and, while due, when the day ends.
      expect(nextRitualChange([ritual], local(month, day - 1, 12), CLOCK)).toBe(local(month, day, 8));
      expect(nextRitualChange([ritual], local(month, day, 12), CLOCK)).toBe(local(month, day + 1, 4));
      expect(ritualsOfToday([ritual], local(month, day, 4), CLOCK)).toHaveLength(1);
      expect(ritualsOfToday([ritual], local(month, day, 3, 59), CLOCK)).toEqual([]);
    });
  });

  it.each(ZONES)('keeps a fortnight across the change, in %s', (zone) => {
    inZone(zone, () => {
      const [month, day] = CHANGE[zone] ?? [10, 25];
      const fortnightly = { ...sunday(local(month, day - 7, 12)), every: 'two-weeks' as const };
      expect(isDue(fortnightly, local(month, day - 7, 12), CLOCK)).toBe(true);
      expect(isDue(fortnightly, local(month, day, 12), CLOCK)).toBe(false);
      expect(isDue(fortnightly, local(month, day + 7, 12), CLOCK)).toBe(true);
    });
  });
});

describe('checking a ritual', () => {
  it('keeps what it is, trimmed, its day and how often', () => {
    expect(checkRitual({ what: '  Text Dad ', personId: 3, weekday: 5, every: 'two-weeks' })).toEqual({
      ok: true,
      value: { what: 'Text Dad', personId: 3, weekday: 5, every: 'two-weeks' },
    });
  });

  it('names what is wrong', () => {
    expect(checkRitual({ what: '   ', weekday: 5, every: 'week' })).toEqual({ ok: false, problem: 'ritualWhatRequired' });
    expect(checkRitual({ what: 'x'.repeat(101), weekday: 5, every: 'week' })).toEqual({ ok: false, problem: 'ritualWhatTooLong' });
    expect(checkRitual({ what: 'Text Dad', weekday: 7, every: 'week' })).toEqual({ ok: false, problem: 'choiceInvalid' });
    expect(checkRitual({ what: 'Text Dad', weekday: 5, every: 'daily' })).toEqual({ ok: false, problem: 'choiceInvalid' });
  });
});

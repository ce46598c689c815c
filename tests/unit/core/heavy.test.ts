import { energyAfterFeelings, feelingsOf, heavierHeardAt, heavyState, type NotedFeeling } from '../../../src/core/heavy';

import { inZone, ZONES } from '../../support/zones';

const DAY_STARTS = 4 * 60;
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const NOW = at(25, 18);
const felt = (feeling: NotedFeeling['feeling'], when: number): NotedFeeling => ({ feeling, at: when });
const state = (feelings: NotedFeeling[], now = NOW, ideasAnywayAt = 0) => heavyState({ feelings, now, dayStartsAtMinutes: DAY_STARTS, ideasAnywayAt });

describe('the feelings noted', () => {
  it('are those of notes sent, newest by send time first, and nothing else', () => {
    const note = (status: 'sent' | 'dismissed' | 'writing', feeling: NotedFeeling['feeling'] | undefined, sentAt: number | undefined, updatedAt: number) => ({
      status,
      updatedAt,
      ...(sentAt === undefined ? {} : { sentAt }),
      ...(feeling ? { feeling } : {}),
    });
    expect(
      feelingsOf([
        note('sent', 'lighter', at(25, 9), at(25, 17)),
        note('sent', 'heavier', at(25, 10), at(25, 10)),
        note('sent', undefined, at(25, 11), at(25, 11)),
        note('dismissed', 'heavier', undefined, at(25, 12)),
        note('writing', 'heavier', undefined, at(25, 13)),
        // An idea done away from the screen counts from when it was done.
        note('sent', 'same', undefined, at(25, 8)),
      ]),
    ).toEqual([felt('heavier', at(25, 10)), felt('lighter', at(25, 9)), felt('same', at(25, 8))]);
  });
});

describe('when a Heavier was heard', () => {
  it('is the time of the latest feeling when it was heavier, on any day', () => {
    expect(heavierHeardAt([felt('heavier', at(25, 17)), felt('lighter', at(25, 16))], 0)).toBe(at(25, 17));
    expect(heavierHeardAt([felt('heavier', at(24, 23))], 0)).toBe(at(24, 23));
  });

  it('is nothing when the latest felt otherwise, or the person asked for ideas since', () => {
    expect(heavierHeardAt([], 0)).toBeUndefined();
    expect(heavierHeardAt([felt('same', at(25, 17)), felt('heavier', at(25, 16))], 0)).toBeUndefined();
    expect(heavierHeardAt([felt('heavier', at(25, 17))], at(25, 17))).toBeUndefined();
    expect(heavierHeardAt([felt('heavier', at(25, 17))], at(25, 17) - 1)).toBe(at(25, 17));
  });
});

describe('reflection that listens', () => {
  it('hears nothing heavy with no feelings, or when the latest felt lighter', () => {
    expect(state([])).toBe('none');
    expect(state([felt('lighter', at(25, 17)), felt('heavier', at(25, 16))])).toBe('none');
    expect(state([felt('same', at(25, 17)), felt('heavier', at(25, 16)), felt('heavier', at(25, 15))])).toBe('none');
  });

  it('offers rest after one that felt heavier today', () => {
    expect(state([felt('heavier', at(25, 17))])).toBe('rest-offered');
    expect(state([felt('heavier', at(25, 17)), felt('heavier', at(25, 16))])).toBe('rest-offered');
    expect(state([felt('heavier', at(25, 17)), felt('heavier', at(25, 16)), felt('lighter', at(25, 15))])).toBe('rest-offered');
  });

  it('leads with support after three heavier in a row, the latest today, on any earlier days', () => {
    expect(state([felt('heavier', at(25, 17)), felt('heavier', at(24, 9)), felt('heavier', at(20, 9))])).toBe('support-first');
  });

  it('belongs to the day it was noted: a heavier one last night is yesterday', () => {
    const threeLastNight = [felt('heavier', at(25, 3, 59)), felt('heavier', at(25, 3)), felt('heavier', at(24, 22))];
    expect(state(threeLastNight, at(25, 4))).toBe('none');
    expect(state(threeLastNight, at(25, 3, 59))).toBe('support-first');
    expect(state([felt('heavier', at(25, 4))], at(25, 4))).toBe('rest-offered');
  });

  it('hears the person ask for ideas anyway, until another one feels heavier', () => {
    const three = [felt('heavier', at(25, 17)), felt('heavier', at(25, 16)), felt('heavier', at(25, 15))];
    expect(state(three, NOW, at(25, 17))).toBe('none');
    expect(state(three, NOW, at(25, 17, 30))).toBe('none');
    expect(state(three, NOW, at(25, 16, 59))).toBe('support-first');
  });

  it('ignores a feeling dated after now', () => {
    expect(state([felt('heavier', at(25, 19))])).toBe('none');
  });

  it('keeps ideas small for the rest of a day on which one felt heavier', () => {
    const heavyToday = [felt('heavier', at(25, 17))];
    expect(energyAfterFeelings('good', heavyToday, NOW, DAY_STARTS)).toBe('low');
    expect(energyAfterFeelings(undefined, heavyToday, NOW, DAY_STARTS)).toBe('low');
    expect(energyAfterFeelings('good', [felt('heavier', at(24, 17))], NOW, DAY_STARTS)).toBe('good');
    expect(energyAfterFeelings(undefined, [felt('lighter', at(25, 17))], NOW, DAY_STARTS)).toBeUndefined();
  });
});

describe('a heavy day, in any time zone, on the night the clocks change', () => {
  /** The Sunday each zone changes its clocks in 2026 (Asia/Kolkata never does). */
  const CHANGE: Record<string, [month: number, day: number]> = {
    'Europe/Berlin': [10, 25],
    'America/New_York': [11, 1],
    'Asia/Kolkata': [10, 25],
    'Pacific/Auckland': [9, 27],
  };
  const local = (month: number, day: number, hour: number, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();

  it.each(ZONES)('belongs to the person’s day in %s', (zone) => {
    inZone(zone, () => {
      const [month, day] = CHANGE[zone] ?? [10, 25];
      const threeLastNight = [felt('heavier', local(month, day, 3, 59)), felt('heavier', local(month, day, 3, 0)), felt('heavier', local(month, day - 1, 22))];
      expect(state(threeLastNight, local(month, day, 3, 59))).toBe('support-first');
      expect(state(threeLastNight, local(month, day, 4))).toBe('none');
      expect(state([felt('heavier', local(month, day, 4))], local(month, day, 23))).toBe('rest-offered');
      // Ideas stay small until the next day starts, at 04:00 by the clock on the wall.
      expect(energyAfterFeelings('good', [felt('heavier', local(month, day, 4))], local(month, day + 1, 3, 59), DAY_STARTS)).toBe('low');
      expect(energyAfterFeelings('good', [felt('heavier', local(month, day, 4))], local(month, day + 1, 4), DAY_STARTS)).toBe('good');
      expect(energyAfterFeelings('good', [felt('heavier', local(month, day, 3, 59))], local(month, day, 12), DAY_STARTS)).toBe('good');
    });
  });
});

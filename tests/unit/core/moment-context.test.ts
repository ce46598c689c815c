import { dayPartOf, dayPartsAhead, momentContext, weekPartOf } from '../../../src/core/moment-context';
import { DAY_STARTS, on } from '../../support/learning';

describe('the part of the day', () => {
  it('follows the clock: morning from 05:00, afternoon from noon, evening from 17:00, night from 22:00', () => {
    expect(dayPartOf(on(25, 4, 59))).toBe('night');
    expect(dayPartOf(on(25, 5))).toBe('morning');
    expect(dayPartOf(on(25, 11, 59))).toBe('morning');
    expect(dayPartOf(on(25, 12))).toBe('afternoon');
    expect(dayPartOf(on(25, 17))).toBe('evening');
    expect(dayPartOf(on(25, 22))).toBe('night');
  });
});

describe('weekday or weekend', () => {
  it('is the person’s own day: 01:00 on Saturday is still Friday night', () => {
    expect(weekPartOf(on(28, 1), DAY_STARTS)).toBe('weekday');
    expect(weekPartOf(on(28, 10), DAY_STARTS)).toBe('weekend');
    expect(weekPartOf(on(30, 2), DAY_STARTS)).toBe('weekend');
    expect(weekPartOf(on(30, 9), DAY_STARTS)).toBe('weekday');
  });
});

describe('a moment’s context', () => {
  it('counts a day whose energy was not told as unknown', () => {
    expect(momentContext('email', on(25, 9), undefined, DAY_STARTS)).toEqual({ kind: 'email', dayPart: 'morning', weekPart: 'weekday', energy: 'unknown' });
    expect(momentContext('social', on(28, 20), 'low', DAY_STARTS)).toEqual({ kind: 'social', dayPart: 'evening', weekPart: 'weekend', energy: 'low' });
  });
});

describe('what is left of the day', () => {
  it('is every part still to come, and the rest of the current one', () => {
    const ahead = dayPartsAhead(on(25, 13), DAY_STARTS);
    expect(ahead.morning).toBe(0);
    expect(ahead.afternoon).toBeCloseTo(4 / 5, 10);
    expect(ahead.evening).toBe(1);
    // The night runs until the day ends at 04:00: six of its seven hours.
    expect(ahead.night).toBeCloseTo(6 / 7, 10);
  });

  it('after midnight is only the rest of the night', () => {
    expect(dayPartsAhead(on(26, 2), DAY_STARTS)).toEqual({ morning: 0, afternoon: 0, evening: 0, night: 2 / 7 });
  });
});

import { daysSinceBirthday, formatBirthday, parseBirthday, parseTypedBirthday } from '../../../src/core/birthday';
import { validatePerson } from '../../../src/core/people';

const on = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour).getTime();

describe('a birthday', () => {
  it.each([
    ['1990-03-12', { year: 1990, month: 3, day: 12 }],
    ['--03-12', { month: 3, day: 12 }],
    ['--0312', { month: 3, day: 12 }],
    ['03-12', { month: 3, day: 12 }],
    ['--02-29', { month: 2, day: 29 }],
  ])('reads %s', (text, birthday) => {
    expect(parseBirthday(text)).toEqual(birthday);
  });

  it.each(['1990-02-30', '--13-01', '1990-3-12', 'March 12', '1850-01-01', '2999-01-01', ''])('refuses %j', (text) => {
    expect(parseBirthday(text)).toBeUndefined();
  });

  it.each([
    ['12.03.1990', { year: 1990, month: 3, day: 12 }],
    ['1.2.1990', { year: 1990, month: 2, day: 1 }],
    ['12.03.', { month: 3, day: 12 }],
    ['12.3', { month: 3, day: 12 }],
    ['29.02.', { month: 2, day: 29 }],
    ['1990-03-12', { year: 1990, month: 3, day: 12 }],
    ['03-12', { month: 3, day: 12 }],
  ])('reads %s as a person types it, day first with dots as in German', (text, birthday) => {
    expect(parseTypedBirthday(text)).toEqual(birthday);
  });

  it.each(['30.02.1990', '12.13.', '12.03.90', '3/12/1990', '12..03', '.12.03'])('refuses %j as typed', (text) => {
    expect(parseTypedBirthday(text)).toBeUndefined();
  });

  it('keeps a backup strict: only the stored forms are a birthday there', () => {
    expect(parseBirthday('12.03.1990')).toBeUndefined();
  });

  it('is kept with its year, or the vCard way without one', () => {
    expect(formatBirthday({ year: 1990, month: 3, day: 12 })).toBe('1990-03-12');
    expect(formatBirthday({ month: 3, day: 2 })).toBe('--03-02');
  });

  it('comes back every year, on the day and for two days after, never before', () => {
    expect(daysSinceBirthday('1990-03-12', on(2026, 3, 11))).toBeUndefined();
    expect(daysSinceBirthday('1990-03-12', on(2026, 3, 12, 0))).toBe(0);
    expect(daysSinceBirthday('1990-03-12', on(2027, 3, 12))).toBe(0);
    expect(daysSinceBirthday('--03-12', on(2026, 3, 14, 23))).toBe(2);
    expect(daysSinceBirthday('--03-12', on(2026, 3, 15))).toBeUndefined();
  });

  it('crosses the new year, and keeps a leap-day birthday on 28 February in other years', () => {
    expect(daysSinceBirthday('--12-31', on(2027, 1, 1))).toBe(1);
    expect(daysSinceBirthday('2000-02-29', on(2027, 2, 28))).toBe(0);
    expect(daysSinceBirthday('2000-02-29', on(2028, 2, 29))).toBe(0);
  });

  it('is validated with the person, and saved in one form', () => {
    const base = { name: 'Maya', callName: '', email: '', phone: '', handles: {}, rhythm: 'none', preferredChannel: 'any', memories: [] };
    expect(validatePerson({ ...base, birthday: '03-12' })).toMatchObject({ ok: true, value: { birthday: '--03-12' } });
    expect(validatePerson({ ...base, birthday: '' })).toMatchObject({ ok: true });
    expect(validatePerson({ ...base, birthday: '31-31' })).toMatchObject({ ok: false, errors: { birthday: 'birthdayInvalid' } });
    expect(validatePerson({ ...base, birthday: '12.03.1990' })).toMatchObject({ ok: true, value: { birthday: '1990-03-12' } });
    expect(validatePerson({ ...base, birthday: '12.03.' })).toMatchObject({ ok: true, value: { birthday: '--03-12' } });
  });
});

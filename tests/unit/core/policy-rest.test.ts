import type { Settings } from '../../../src/core/settings';
import { minutes } from '../../../src/core/time';
import { at, input, NOW, reason } from '../../support/policy';

/**
 * The rules that rest the cards for the person's sake: a heavy day, the time after a hello
 * that felt heavier, a rest day, and the day's one hello said. Each is read by the day as
 * the person lives it, which starts at 04:00 unless they say otherwise.
 */
describe('decideNudge rests the cards', () => {
  describe('heavy-day', () => {
    it('rests after several hellos in a row felt heavier, the latest today', () => {
      expect(reason({ ...input(), heavy: 'support-first' })).toBe('heavy-day');
    });

    it('still shows after one that felt heavier, or when the person asked for ideas anyway', () => {
      expect(reason({ ...input(), heavy: 'rest-offered' })).toBe('show');
      expect(reason({ ...input(), heavy: 'none' })).toBe('show');
    });

    it('comes after the person’s own quiet choices', () => {
      expect(reason({ ...input({ settings: { mutedUntil: at(13, 0) } }), heavy: 'support-first' })).toBe('muted-today');
    });
  });

  describe('rest-after-heavier', () => {
    it('rests the cards for 90 minutes after a hello that felt heavier, to the millisecond, even with a shorter gap between cards', () => {
      const settings = { cooldownMinutes: 30 };
      expect(reason({ ...input({ settings }), heavierAt: NOW })).toBe('rest-after-heavier');
      expect(reason({ ...input({ settings }), heavierAt: NOW - minutes(90) + 1 })).toBe('rest-after-heavier');
      expect(reason({ ...input({ settings }), heavierAt: NOW - minutes(90) })).toBe('show');
    });

    it('rests as long as the person’s own gap between cards when that is longer, and never less than 90 minutes', () => {
      expect(reason({ ...input({ settings: { cooldownMinutes: 120 } }), heavierAt: NOW - minutes(119) })).toBe('rest-after-heavier');
      expect(reason({ ...input({ settings: { cooldownMinutes: 120 } }), heavierAt: NOW - minutes(120) })).toBe('show');
      expect(reason({ ...input({ settings: { cooldownMinutes: 0 } }), heavierAt: NOW - minutes(89) })).toBe('rest-after-heavier');
    });

    it('holds across the start of a new day, and ignores a time after now', () => {
      const settings = { activeFromMinutes: 0, activeUntilMinutes: 0 };
      expect(reason({ ...input({ settings, now: at(4, 30) }), heavierAt: at(3, 45) })).toBe('rest-after-heavier');
      expect(reason({ ...input(), heavierAt: NOW + 1 })).toBe('show');
      expect(reason({ ...input(), heavierAt: undefined })).toBe('show');
    });

    it('comes after the person’s own quiet choices and a heavy day', () => {
      expect(reason({ ...input({ settings: { snoozedUntil: at(13, 0) } }), heavierAt: NOW })).toBe('snoozed');
      expect(reason({ ...input(), heavy: 'support-first', heavierAt: NOW })).toBe('heavy-day');
    });
  });

  describe('goal-met', () => {
    const today = '2026-11-25';

    it('rests once the hello the person meant to say today was said', () => {
      expect(reason({ ...input({ settings: { intentionDay: today } }), helloMadeToday: true })).toBe('goal-met');
    });

    it('still shows while the intention is open, and without one', () => {
      expect(reason({ ...input({ settings: { intentionDay: today } }), helloMadeToday: false })).toBe('show');
      expect(reason({ ...input(), helloMadeToday: true })).toBe('show');
    });

    it('belongs to its day: yesterday’s intention asks nothing of today', () => {
      expect(reason({ ...input({ settings: { intentionDay: '2026-11-24' } }), helloMadeToday: true })).toBe('show');
      // 03:59 is still yesterday's day, 04:00 the new one.
      expect(reason({ ...input({ settings: { intentionDay: '2026-11-24' }, now: at(3, 59) }), helloMadeToday: true })).toBe('goal-met');
    });
  });

  describe('rest-day', () => {
    /** Every hour open, so only the day decides. Saturday is the rest day. */
    const saturdays: Partial<Settings> = { activeFromMinutes: 0, activeUntilMinutes: 0, restDays: [6] };

    it('keeps cards away all day on a rest day, and brings them back the day after', () => {
      expect(reason(input({ settings: saturdays, now: at(12, 0, 28) }))).toBe('rest-day');
      expect(reason(input({ settings: saturdays, now: at(12, 0, 29) }))).toBe('show');
    });

    it('counts the small hours as the day before: 02:00 on Sunday still rests, 02:00 on Saturday does not', () => {
      expect(reason(input({ settings: saturdays, now: at(2, 0, 29) }))).toBe('rest-day');
      expect(reason(input({ settings: saturdays, now: at(3, 59, 29) }))).toBe('rest-day');
      expect(reason(input({ settings: saturdays, now: at(4, 0, 29) }))).toBe('show');
      expect(reason(input({ settings: saturdays, now: at(2, 0, 28) }))).toBe('show');
    });

    it('follows the hour the person’s own day starts', () => {
      const settings = { ...saturdays, dayStartsAtMinutes: 6 * 60 };
      expect(reason(input({ settings, now: at(5, 30, 29) }))).toBe('rest-day');
      expect(reason(input({ settings, now: at(6, 0, 29) }))).toBe('show');
    });
  });
});

import { decideNudge } from '../../../src/core/policy';
import { checkSettingsChanges, checkWholeSettings, settingsSchema } from '../../../src/core/settings-schema';
import { defaultSettings, quietChange, withDefaults } from '../../../src/core/settings';
import { weekdayOf } from '../../../src/core/time';
import * as v from 'valibot';

/** Local time; the zone is pinned to Europe/Berlin. 2026-11-28 is a Saturday. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

describe('rest days', () => {
  const decide = (now: number, restDays: (0 | 1 | 2 | 3 | 4 | 5 | 6)[]) =>
    decideNudge({ settings: { ...defaultSettings, restDays }, recentNudges: [], site: 'gmail', now });

  it('keeps cards away all day on a rest day', () => {
    expect(decide(at(28, 12), [6])).toEqual({ show: false, reason: 'rest-day' });
    expect(decide(at(27, 12), [6])).toEqual({ show: true });
  });

  it('counts the small hours as the day before, as the person lives it', () => {
    // 02:00 on Sunday still belongs to Saturday when the day starts at 04:00.
    expect(weekdayOf(at(29, 2), 4 * 60)).toBe(6);
    expect(weekdayOf(at(29, 5), 4 * 60)).toBe(0);
  });

  it('shows cards again on the next day', () => {
    expect(decide(at(29, 12), [6])).toEqual({ show: true });
  });
});

describe('snooze for a week', () => {
  it('lasts until the person’s day begins seven days on', () => {
    const now = at(25, 15);
    expect(quietChange('snooze-week', { dayStartsAtMinutes: 4 * 60 }, now)).toEqual({ snoozedUntil: new Date(2026, 11, 2, 4, 0).getTime() });
  });
});

describe('checking settings changes', () => {
  it('accepts the defaults whole, and changes within range', () => {
    expect(v.is(settingsSchema, defaultSettings)).toBe(true);
    expect(checkSettingsChanges({ dailyCap: 5, cooldownMinutes: 30, restDays: [0, 6], activeFromMinutes: 7 * 60 })).toEqual({
      ok: true,
      value: { dailyCap: 5, cooldownMinutes: 30, restDays: [0, 6], activeFromMinutes: 420 },
    });
  });

  it.each([
    [{ dailyCap: 0 }, 'dailyCap'],
    [{ dailyCap: 6 }, 'dailyCap'],
    [{ dailyCap: 2.5 }, 'dailyCap'],
    [{ dailyCap: '2' }, 'dailyCap'],
    [{ activeFromMinutes: 24 * 60 }, 'activeFromMinutes'],
    [{ activeUntilMinutes: -1 }, 'activeUntilMinutes'],
    [{ dayStartsAtMinutes: Number.NaN }, 'dayStartsAtMinutes'],
    [{ cooldownMinutes: 1e9 }, 'cooldownMinutes'],
    [{ restDays: [7] }, 'restDays.0'],
    [{ restDays: [1, 1] }, 'restDays'],
    [{ disabledSites: ['myspace'] }, 'disabledSites.0'],
    [{ keepHistory: 'a decade' }, 'keepHistory'],
    [{ inPrivateWindows: 'yes' }, 'inPrivateWindows'],
    [{ cardPlaceOnPhone: 'middle' }, 'cardPlaceOnPhone'],
    [{ snoozedUntil: Number.POSITIVE_INFINITY }, 'snoozedUntil'],
    [{ somethingElse: 1 }, 'somethingElse'],
  ])('refuses %j, naming %s', (changes, field) => {
    expect(checkSettingsChanges(changes)).toEqual({ ok: false, field });
  });

  it('places the card on a phone at the bottom until the person chooses, also for a row or a file from before there was a choice', () => {
    const { cardPlaceOnPhone: _none, ...olderRow } = defaultSettings;
    expect(withDefaults(olderRow).cardPlaceOnPhone).toBe('bottom');
    expect(checkWholeSettings(olderRow)).toEqual({ ok: true, value: { ...olderRow, cardPlaceOnPhone: 'bottom' } });
    expect(checkSettingsChanges({ cardPlaceOnPhone: 'top' })).toEqual({ ok: true, value: { cardPlaceOnPhone: 'top' } });
  });

  it('refuses hours that start and end at the same time, except 00:00 to 00:00 (all day)', () => {
    const current = { activeFromMinutes: 9 * 60, activeUntilMinutes: 21 * 60 };
    expect(checkSettingsChanges({ activeUntilMinutes: 9 * 60 }, current)).toEqual({ ok: false, field: 'activeUntilMinutes', rule: 'same-hours' });
    expect(checkSettingsChanges({ activeFromMinutes: 21 * 60 }, current)).toEqual({ ok: false, field: 'activeFromMinutes', rule: 'same-hours' });
    expect(checkSettingsChanges({ activeFromMinutes: 0, activeUntilMinutes: 0 }, current)).toMatchObject({ ok: true });
    expect(checkSettingsChanges({ activeUntilMinutes: 10 * 60 }, current)).toMatchObject({ ok: true });
    // Hours kept the same way before this check existed do not hold up other changes.
    expect(checkSettingsChanges({ dailyCap: 3 }, { activeFromMinutes: 540, activeUntilMinutes: 540 })).toMatchObject({ ok: true });
    expect(checkWholeSettings({ activeFromMinutes: 540, activeUntilMinutes: 540 })).toEqual({ ok: false, field: 'activeUntilMinutes', rule: 'same-hours' });
    expect(checkWholeSettings({ dailyCap: 3 })).toEqual({ ok: true, value: { ...defaultSettings, dailyCap: 3 } });
  });

  it('refuses a site whose id does not match its address', () => {
    const site = { id: 'custom:social:mastodon.social', origin: 'https://evil.test', kind: 'social', addedAt: 1 };
    expect(checkSettingsChanges({ customSites: [site] })).toMatchObject({ ok: false });
    expect(checkSettingsChanges({ customSites: [{ ...site, origin: 'https://mastodon.social' }] })).toMatchObject({ ok: true });
  });
});

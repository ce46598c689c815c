import { defaultSettings, quietState, withDefaults } from '../../../src/core/settings';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();

describe('quietState', () => {
  it('is not quiet when neither rest nor snooze reaches past now', () => {
    expect(quietState({ mutedUntil: 0, snoozedUntil: NOW }, NOW)).toEqual({ kind: 'none' });
  });

  it('is resting while low energy today lasts, until whichever quiet time ends later', () => {
    expect(quietState({ mutedUntil: NOW + 1, snoozedUntil: 0 }, NOW)).toEqual({ kind: 'resting', until: NOW + 1 });
    expect(quietState({ mutedUntil: NOW + 1, snoozedUntil: NOW + 9 }, NOW)).toEqual({ kind: 'resting', until: NOW + 9 });
  });

  it('is paused while only a snooze lasts', () => {
    expect(quietState({ mutedUntil: NOW, snoozedUntil: NOW + 60_000 }, NOW)).toEqual({ kind: 'paused', until: NOW + 60_000 });
  });
});

describe('withDefaults', () => {
  it('fills what was never stored from the defaults', () => {
    expect(withDefaults({ dailyCap: 1 })).toEqual({ ...defaultSettings, dailyCap: 1 });
    expect(withDefaults(undefined)).toEqual(defaultSettings);
  });
});

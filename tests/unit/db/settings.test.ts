import { db } from '../../../src/db/database';
import { changeQuiet, getSettings, muteToday, setCardCorner, updateSettings } from '../../../src/db/settings';
import { markEnergyAsked } from '../../../src/db/energy';
import { defaultSettings } from '../../../src/core/settings';

const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();

describe('settings in the database', () => {
  it('starts with the default settings and stores nothing until changed', async () => {
    expect(await getSettings()).toEqual(defaultSettings);
    expect(await db.settings.count()).toBe(0);
  });

  it('has gentle defaults: 08:00–21:00, two a day, 90 minutes apart, days from 04:00', () => {
    expect(defaultSettings).toMatchObject({
      activeFromMinutes: 8 * 60,
      activeUntilMinutes: 21 * 60,
      dailyCap: 2,
      cooldownMinutes: 90,
      dayStartsAtMinutes: 4 * 60,
      mutedUntil: 0,
      snoozedUntil: 0,
      disabledSites: [],
    });
  });

  it('merges each update into what was stored before', async () => {
    await updateSettings({ dailyCap: 1 });
    await updateSettings({ cooldownMinutes: 120, disabledSites: ['reddit'] });
    expect(await getSettings()).toEqual({ ...defaultSettings, dailyCap: 1, cooldownMinutes: 120, disabledSites: ['reddit'] });
  });

  it('returns the merged settings from an update', async () => {
    await updateSettings({ activeFromMinutes: 9 * 60 });
    const returned = await updateSettings({ activeUntilMinutes: 20 * 60 });
    expect(returned).toEqual(await getSettings());
    expect(returned).toMatchObject({ activeFromMinutes: 9 * 60, activeUntilMinutes: 20 * 60 });
  });

  it('returns only settings, not how they are stored', async () => {
    await updateSettings({ dailyCap: 3 });
    expect(Object.keys(await getSettings()).sort()).toEqual(Object.keys(defaultSettings).sort());
  });

  it('fills settings added in a later release from the defaults', async () => {
    await db.settings.put({ key: 'settings', dailyCap: 1 });
    expect(await getSettings()).toEqual({ ...defaultSettings, dailyCap: 1 });
  });

  it('mutes in the evening until 04:00 the next morning', async () => {
    const settings = await muteToday(at(25, 22, 15));
    expect(settings.mutedUntil).toBe(at(26, 4, 0));
    expect((await getSettings()).mutedUntil).toBe(at(26, 4, 0));
  });

  it('mutes in the small hours only until 04:00 the same morning, when the new day starts', async () => {
    await muteToday(at(26, 2, 0));
    expect((await getSettings()).mutedUntil).toBe(at(26, 4, 0));
  });

  it('mutes until the person’s own day start', async () => {
    await updateSettings({ dayStartsAtMinutes: 6 * 60 });
    await muteToday(at(25, 10, 0));
    expect((await getSettings()).mutedUntil).toBe(at(26, 6, 0));
  });

  it('keeps other settings when muting', async () => {
    await updateSettings({ dailyCap: 1, disabledSites: ['x'] });
    await muteToday(at(25, 10, 0));
    expect(await getSettings()).toMatchObject({ dailyCap: 1, disabledSites: ['x'] });
  });

  it('ends both the mute and the snooze on unmute, keeping the rest', async () => {
    await updateSettings({ dailyCap: 1 });
    await muteToday(at(25, 10, 0));
    await changeQuiet('snooze-hour', at(25, 10, 0));
    await changeQuiet('unmute', at(25, 10, 30));
    expect(await getSettings()).toEqual({ ...defaultSettings, dailyCap: 1 });
  });

  it('snoozes until tomorrow at the person’s day start, not at midnight', async () => {
    await updateSettings({ dayStartsAtMinutes: 5 * 60 + 30 });
    await changeQuiet('snooze-tomorrow', at(25, 23, 0));
    expect((await getSettings()).snoozedUntil).toBe(at(26, 5, 30));
    await changeQuiet('snooze-tomorrow', at(26, 2, 0));
    expect((await getSettings()).snoozedUntil).toBe(at(26, 5, 30));
  });

  it('remembers the corner of the card per site', async () => {
    await setCardCorner('gmail', 'left');
    await setCardCorner('linkedin', 'left');
    await setCardCorner('gmail', 'right');
    expect((await getSettings()).cardCorners).toEqual({ gmail: 'right', linkedin: 'left' });
  });

  it('counts today’s energy question as skipped once it is put to the person, never twice a day, keeping an answer', async () => {
    expect(await markEnergyAsked(at(3, 9))).toBe(true);
    expect((await getSettings()).energyToday).toEqual({ day: '2026-11-03', level: 'skipped' });
    expect(await markEnergyAsked(at(3, 20))).toBe(false);
    // The same day until it starts again at 04:00.
    expect(await markEnergyAsked(at(4, 3, 59))).toBe(false);
    await updateSettings({ energyToday: { day: '2026-11-04', level: 'good' } });
    expect(await markEnergyAsked(at(4, 9))).toBe(false);
    expect((await getSettings()).energyToday).toEqual({ day: '2026-11-04', level: 'good' });
    expect(await markEnergyAsked(at(5, 9))).toBe(true);
  });
});

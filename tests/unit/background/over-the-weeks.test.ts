import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from '../../../src/background/router';
import { welcomeOnInstall } from '../../../src/background/own-pages';
import { refreshRituals } from '../../../src/background/rituals';
import { refreshToolbar, RITUAL_ALARM } from '../../../src/toolbar/indicator';
import { newNudge, type Nudge } from '../../../src/core/nudge';
import type { Settings } from '../../../src/core/settings';
import { logHello } from '../../../src/db/hellos';
import { addNudge, recordStep } from '../../../src/db/nudges';
import { addRitual, listRituals } from '../../../src/db/rituals';
import { updateSettings } from '../../../src/db/settings';
import { addPerson, markContacted } from '../../../src/db/people';
import { db } from '../../../src/db/database';
import { weekdayOf } from '../../../src/core/time';
import { maya } from '../../support/sample-data';
import { fakeBrowser, getMessage } from '../../support/fake-browser';

const GMAIL_TAB: Runtime.MessageSender = {
  id: 'test-extension',
  url: 'https://mail.google.com/mail/u/0/#inbox',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const POPUP: Runtime.MessageSender = { id: 'test-extension', url: 'chrome-extension://test-extension/src/ui/popup/index.html' };

/** Friday 27 November 2026 at noon, local time. */
const FRIDAY_NOON = new Date(2026, 10, 27, 12).getTime();

describe('the welcome', () => {
  it('opens once Small Hellos is installed', async () => {
    await welcomeOnInstall({ reason: 'install' });
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/src/ui/welcome/index.html' });
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])('stays closed on %s', async (reason) => {
    await welcomeOnInstall({ reason });
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });
});

describe('the way to support', () => {
  it('opens the support section of the settings in a tab, for any of the extension’s pages', async () => {
    expect(await handleMessage({ type: 'open-page', page: 'support' }, POPUP)).toEqual({ ok: true, value: { opened: true } });
    expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/src/ui/options/index.html#support' });
  });

  it('opens nothing for a web page, or for a page it does not know', async () => {
    expect(await handleMessage({ type: 'open-page', page: 'support' }, GMAIL_TAB)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await handleMessage({ type: 'open-page', page: 'https://evil.test/' }, POPUP)).toEqual({ ok: false, error: 'bad-message' });
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });
});

describe('a ritual due, on the toolbar', () => {
  beforeEach(async () => {
    await updateSettings({ activeFromMinutes: 8 * 60, activeUntilMinutes: 21 * 60 });
  });

  const lastBadge = () => fakeBrowser.action.setBadgeText.mock.calls.at(-1)?.[0];
  const lastTitle = () => fakeBrowser.action.setTitle.mock.calls.at(-1)?.[0];

  it('shows a soft dot, never a number and never red, and says it in the title', async () => {
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
    await refreshRituals(FRIDAY_NOON);
    expect(lastBadge()).toEqual({ text: '•' });
    expect(fakeBrowser.action.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: '#2f6f62' });
    expect(lastTitle()).toEqual({ title: getMessage('actionTitleRitual') });
    // The dot goes when the person's day ends.
    expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(RITUAL_ALARM, { when: new Date(2026, 10, 28, 4).getTime() });
  });

  it('shows no dot before the ritual’s time, and wakes when it comes', async () => {
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
    const early = new Date(2026, 10, 27, 7, 59).getTime();
    await refreshRituals(early);
    expect(lastBadge()).toEqual({ text: '' });
    expect(lastTitle()).toEqual({ title: getMessage('actionTitle') });
    expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(RITUAL_ALARM, { when: new Date(2026, 10, 27, 8).getTime() });
  });

  it('sets no alarm with no rituals', async () => {
    await refreshRituals(FRIDAY_NOON);
    expect(lastBadge()).toEqual({ text: '' });
    expect(fakeBrowser.alarms.create).not.toHaveBeenCalledWith(RITUAL_ALARM, expect.anything());
  });

  it('keeps the dot away on a day of rest, and brings it back when the rest ends', async () => {
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
    await updateSettings({ mutedUntil: FRIDAY_NOON + 3_600_000 });
    await refreshToolbar(FRIDAY_NOON);
    expect(lastBadge()).toEqual({ text: '' });
    await refreshToolbar(FRIDAY_NOON + 3_600_000);
    expect(lastBadge()).toEqual({ text: '•' });
  });

  it('sends no notification unless the person turned them on', async () => {
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
    await refreshRituals(FRIDAY_NOON);
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  it('tells a ritual newly due once a day, when the person turned notifications on', async () => {
    fakeBrowser.permissions.contains.mockImplementation(async ({ permissions }) => permissions?.includes('notifications') === true);
    try {
      await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
      await refreshRituals(FRIDAY_NOON);
      await refreshRituals(FRIDAY_NOON + 60_000);
      expect(fakeBrowser.notifications.create).toHaveBeenCalledTimes(1);
      expect(fakeBrowser.notifications.create).toHaveBeenCalledWith(
        'ritual-2026-11-27',
        expect.objectContaining({ message: 'Today: Text Dad, whenever it suits you.' }),
      );
      expect((await listRituals())[0]?.notifiedDay).toBe('2026-11-27');
    } finally {
      fakeBrowser.permissions.contains.mockImplementation(async () => false);
    }
  });

  it.each<[string, Partial<Settings>]>([
    ['Low energy today', { mutedUntil: FRIDAY_NOON + 3_600_000 }],
    ['a snooze', { snoozedUntil: FRIDAY_NOON + 3_600_000 }],
    ['a rest day', { restDays: [5] }],
  ])('sends no notification during %s, even when the person turned them on', async (_quiet, settings) => {
    fakeBrowser.permissions.contains.mockImplementation(async ({ permissions }) => permissions?.includes('notifications') === true);
    try {
      await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
      await updateSettings(settings);
      await refreshRituals(FRIDAY_NOON);
      expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
      // Not told, so not marked: it may still be told later that day.
      expect((await listRituals())[0]?.notifiedDay).toBeUndefined();
    } finally {
      fakeBrowser.permissions.contains.mockImplementation(async () => false);
    }
  });

  it('says nothing of a ritual on a day that leads with support, where the popup puts rituals aside', async () => {
    fakeBrowser.permissions.contains.mockImplementation(async ({ permissions }) => permissions?.includes('notifications') === true);
    try {
      await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
      for (const minutesAgo of [30, 20, 10]) {
        const when = FRIDAY_NOON - minutesAgo * 60_000;
        await addNudge({
          ...newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A thank-you?', draft: 'Thanks.' } }, when, 240),
          status: 'sent',
          sentAt: when,
          feeling: 'heavier',
        });
      }
      await refreshRituals(FRIDAY_NOON);
      expect(lastBadge()).toEqual({ text: '' });
      expect(lastTitle()).toEqual({ title: getMessage('actionTitle') });
      expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();

      // "I'd still like small ideas today": the popup lists the ritual again, and so does the toolbar.
      await updateSettings({ ideasAnywayAt: FRIDAY_NOON });
      await refreshToolbar(FRIDAY_NOON + 60_000);
      expect(lastBadge()).toEqual({ text: '•' });
      expect(lastTitle()).toEqual({ title: getMessage('actionTitleRitual') });
    } finally {
      fakeBrowser.permissions.contains.mockImplementation(async () => false);
    }
  });

  it('answers a page that changed rituals, and refuses a web page', async () => {
    expect(await handleMessage({ type: 'rituals-changed' }, POPUP)).toEqual({ ok: true, value: { refreshed: true } });
    expect(await handleMessage({ type: 'rituals-changed' }, GMAIL_TAB)).toEqual({ ok: false, error: 'bad-sender' });
  });
});

describe('cards after heavy hellos, and after the hello the person meant to say', () => {
  const sentAt = (minutesAgo: number, feeling: Nudge['feeling']): Nudge => {
    const when = Date.now() - minutesAgo * 60_000;
    return {
      ...newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A thank-you?', draft: 'Thanks.' } }, when - 60_000, 240),
      status: 'sent',
      sentAt: when,
      ...(feeling ? { feeling } : {}),
    };
  };
  const moment = async () => (await handleMessage({ type: 'moment' }, GMAIL_TAB)) as { ok: true; value: { show: boolean; reason?: string } };

  beforeEach(async () => {
    // Noon, so that "today" is the same day for every note written minutes ago.
    vi.useFakeTimers({ now: FRIDAY_NOON, toFake: ['Date'] });
    await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('rest for the day after three in a row felt heavier, until the person asks for ideas', async () => {
    for (const minutesAgo of [30, 20, 10]) await addNudge(sentAt(minutesAgo, 'heavier'));
    expect((await moment()).value).toEqual({ show: false, reason: 'heavy-day' });

    await updateSettings({ ideasAnywayAt: Date.now() });
    expect((await moment()).value.show).toBe(true);
  });

  it('rest a while after a Heavier noted in the popup, and come again after it', async () => {
    const note = await addNudge(sentAt(0, undefined));
    // As the popup writes it: straight into the database.
    await recordStep(note, { kind: 'reflect', feeling: 'heavier', note: '' }, Date.now());
    expect((await moment()).value).toEqual({ show: false, reason: 'rest-after-heavier' });

    vi.setSystemTime(FRIDAY_NOON + 90 * 60_000);
    expect((await moment()).value.show).toBe(true);
  });

  it('still come after two heavier and a lighter one, once the latest has had its rest', async () => {
    await addNudge(sentAt(300, 'heavier'));
    await addNudge(sentAt(200, 'lighter'));
    await addNudge(sentAt(100, 'heavier'));
    expect((await moment()).value.show).toBe(true);
  });

  it('rest once the hello the person meant to say today was said, here or elsewhere', async () => {
    await updateSettings({ intentionDay: '2026-11-27' });
    expect((await moment()).value.show).toBe(true);
    await handleMessage(
      { type: 'nudge-step', id: 1, step: { kind: 'dismiss' } },
      { ...POPUP, url: 'chrome-extension://test-extension/src/ui/nudge/index.html?id=1' },
    );
    await logHello({ line: 'A call with Jo' }, Date.now());
    expect((await moment()).value).toEqual({ show: false, reason: 'goal-met' });
  });
});

describe('cards on the day of a ritual', () => {
  const CARD = { ...POPUP, url: 'chrome-extension://test-extension/src/ui/nudge/index.html?id=1' };

  beforeEach(async () => {
    await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
  });

  const ritualForToday = async (personId: number) =>
    addRitual({ what: 'Email Dad', personId, weekday: weekdayOf(Date.now(), 240), every: 'week' }, Date.now() - 86_400_000);

  it('suggest someone else than the person the ritual is for, the first idea and the next', async () => {
    const dadId = await addPerson({ ...maya, name: 'Dad', callName: 'Dad', email: 'dad@example.com', memories: [] }, Date.now() - 60 * 86_400_000);
    const mayaId = await addPerson(maya, Date.now() - 60 * 86_400_000);
    // Dad is due, Maya (every two weeks) only nearly: without the ritual the card would be his.
    await markContacted(mayaId, Date.now() - 10 * 86_400_000);
    await ritualForToday(dadId);

    const answer = (await handleMessage({ type: 'moment' }, GMAIL_TAB)) as { ok: true; value: { show: true; nudgeId: number } };
    expect(answer.value.show).toBe(true);
    expect((await db.nudges.get(answer.value.nudgeId))?.suggestion.personId).toBe(mayaId);

    // "Another idea": with Maya set aside, Dad would be the only one left.
    await handleMessage({ type: 'nudge-another', id: answer.value.nudgeId }, CARD);
    expect((await db.nudges.get(answer.value.nudgeId))?.suggestion.personId).not.toBe(dadId);
  });
});

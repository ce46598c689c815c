/**
 * The service worker's wiring: what it does when the browser starts and when the extension
 * is installed or updated. Alarms set before a restart are not trusted to be there after
 * one (Firefox drops them): every start sets each one again, unless it is still there.
 */
import type { Alarms } from 'webextension-polyfill';
import { ALARM_HANDLERS } from '../../../src/background/alarms';
import { QUIET_ENDS_ALARM, RITUAL_ALARM } from '../../../src/toolbar/indicator';
import { UPKEEP_ALARM } from '../../../src/background/upkeep';
import { SYNC_ALARM } from '../../../src/sync/schedule';
import { db } from '../../../src/db/database';
import { addRitual } from '../../../src/db/rituals';
import { updateSettings } from '../../../src/db/settings';
import { fakeBrowser, getMessage } from '../../support/fake-browser';

type Listener = (...args: unknown[]) => unknown;

/** An event of the extension API that keeps what was added to it, whatever the mocks are reset to. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (listener: Listener) => listeners.push(listener),
    fire: (...args: unknown[]) => listeners.forEach((listener) => listener(...args)),
  };
}

const onStartup = fakeEvent();
const onInstalled = fakeEvent();
const onAlarm = fakeEvent();

/**
 * The browser's alarms, kept as the browser keeps them: creating one that exists replaces
 * it. Empty, as after a restart in Firefox, until something sets one.
 */
const alarms = new Map<string, Alarms.Alarm>();
const fakeAlarms = {
  onAlarm,
  get: vi.fn(async (name: string) => alarms.get(name)),
  getAll: vi.fn(async () => [...alarms.values()]),
  create: vi.fn(async (name: string, info: Alarms.CreateAlarmInfoType) => {
    const scheduledTime = info.when ?? Date.now() + (info.delayInMinutes ?? info.periodInMinutes ?? 0) * 60_000;
    alarms.set(name, { name, scheduledTime, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) });
  }),
  clear: vi.fn(async (name: string) => alarms.delete(name)),
};
/** The alarms there once the background script had loaded, before any event. */
let alarmsAfterLoad: string[] = [];

/** Friday 27 November 2026 at noon, local time. */
const FRIDAY_NOON = new Date(2026, 10, 27, 12).getTime();
/** When that day ends: Saturday at 04:00, when the person's day starts. */
const SATURDAY_DAY_START = new Date(2026, 10, 28, 4).getTime();

beforeAll(async () => {
  Object.assign(fakeBrowser.runtime, { onStartup, onInstalled });
  Object.assign(fakeBrowser.alarms, fakeAlarms);
  Object.assign(fakeBrowser, { commands: { onCommand: fakeEvent() } });
  Object.assign(fakeBrowser.permissions, { onRemoved: fakeEvent() });
  await import('../../../src/background/index');
  await settled();
  alarmsAfterLoad = [...alarms.keys()];
});

beforeEach(async () => {
  vi.useFakeTimers({ now: FRIDAY_NOON, toFake: ['Date'] });
  await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
  await updateSettings({ snoozedUntil: FRIDAY_NOON + 3_600_000 });
  // What follows the stored state answers the fresh database and these changes on its own
  // time; each story starts once it has, so a late answer cannot undo what the story sees.
  await settled();
});

/** How many times the extension API was called so far. */
function apiCalls(): number {
  const mocks = Object.values(fakeBrowser)
    .flatMap((area) => Object.values(area as object))
    .filter((value) => vi.isMockFunction(value));
  return mocks.reduce((sum, mock) => sum + mock.mock.calls.length, 0);
}

/**
 * The handlers run on without being awaited, as in the browser: wait until they are done
 * (no call to the extension API for a few rounds, each behind a read of the database) so
 * the next test's fresh database does not pull the floor from under them.
 */
async function settled(): Promise<void> {
  for (let quiet = 0; quiet < 5;) {
    const before = apiCalls();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await db.settings.get('settings');
    quiet = apiCalls() === before ? quiet + 1 : 0;
  }
}

afterEach(async () => {
  await settled();
  vi.useRealTimers();
  alarms.clear();
});

describe('when the browser starts again', () => {
  it('sets the ritual’s alarm and the end of the pause again, and brings back the soft dot', async () => {
    onStartup.fire();
    await vi.waitFor(() => {
      expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(RITUAL_ALARM, { when: SATURDAY_DAY_START });
      expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(QUIET_ENDS_ALARM, { when: FRIDAY_NOON + 3_600_000 });
      expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: '•' });
      expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith({ title: getMessage('actionTitlePaused') });
    });
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });
});

describe('alarms ensured at start-up', () => {
  it('sets every alarm the extension uses when the browser starts with none (sync’s only while sync is on)', async () => {
    onStartup.fire();
    const expected = Object.keys(ALARM_HANDLERS).filter((name) => name !== SYNC_ALARM);
    await vi.waitFor(() => expect([...alarms.keys()].sort()).toEqual(expected.sort()));
    expect(Object.keys(ALARM_HANDLERS)).toEqual(expect.arrayContaining([UPKEEP_ALARM, RITUAL_ALARM, QUIET_ENDS_ALARM]));
    expect(alarms.get(UPKEEP_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });
  });

  it('sets the daily upkeep when the background script loads for any event, not only a start', () => {
    expect(alarmsAfterLoad).toContain(UPKEEP_ALARM);
  });

  it('leaves a daily upkeep still set where it is, rather than a day later', async () => {
    const dueTonight = { name: UPKEEP_ALARM, scheduledTime: FRIDAY_NOON + 9 * 3_600_000, periodInMinutes: 24 * 60 };
    alarms.set(UPKEEP_ALARM, dueTonight);
    onStartup.fire();
    onInstalled.fire({ reason: 'update' });
    await vi.waitFor(() => expect(alarms.has(RITUAL_ALARM)).toBe(true));
    await settled();
    expect(alarms.get(UPKEEP_ALARM)).toEqual(dueTonight);
    expect(fakeAlarms.create).not.toHaveBeenCalledWith(UPKEEP_ALARM, expect.anything());
  });
});

describe('when Small Hellos is installed or updated', () => {
  it('sets the alarms again and the daily upkeep on an update, and opens no welcome', async () => {
    onInstalled.fire({ reason: 'update' });
    await vi.waitFor(() => {
      expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(RITUAL_ALARM, { when: SATURDAY_DAY_START });
      expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(QUIET_ENDS_ALARM, { when: FRIDAY_NOON + 3_600_000 });
      expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(UPKEEP_ALARM, { periodInMinutes: 24 * 60 });
    });
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });

  it('opens the welcome on install', async () => {
    onInstalled.fire({ reason: 'install' });
    await vi.waitFor(() => expect(fakeBrowser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/src/ui/welcome/index.html' }));
  });
});

describe('when a ritual’s alarm rings', () => {
  it('sets the next one', async () => {
    onAlarm.fire({ name: RITUAL_ALARM });
    await vi.waitFor(() => expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(RITUAL_ALARM, { when: SATURDAY_DAY_START }));
  });
});

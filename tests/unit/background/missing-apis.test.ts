// @vitest-environment happy-dom -- the background asks navigator.storage to keep its data
/**
 * A browser that lacks an API the background uses still runs everything else. Firefox for
 * Android has no `commands`; Chrome gives `notifications` only once its optional permission
 * is granted; a browser without `scripting` cannot run the script on added sites. In each,
 * the background loads, registers every other listener, and starts and installs without an
 * error, using what the browser has.
 */
import { newCustomSite } from '../../../src/core/custom-sites';
import { addRitual } from '../../../src/db/rituals';
import { addCustomSite } from '../../../src/db/settings-changes';
import { fakeBrowser } from '../../support/fake-browser';

type Listener = (...args: unknown[]) => unknown;
type Area = Record<string, unknown>;

/** An event of the extension API that keeps its listeners, whatever the mocks are reset to. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (listener: Listener) => void listeners.push(listener),
    fire: (...args: unknown[]) => listeners.forEach((listener) => listener(...args)),
  };
}

/** Every event the background listens to, by the API it belongs to. */
const EVENTS = [
  ['runtime', 'onMessage'],
  ['runtime', 'onStartup'],
  ['runtime', 'onInstalled'],
  ['storage', 'onChanged'],
  ['alarms', 'onAlarm'],
  ['permissions', 'onRemoved'],
  ['commands', 'onCommand'],
] as const;

const MISSING = ['commands', 'notifications', 'scripting'] as const;

/** Friday 27 November 2026 at noon, local time: the day of a weekly Friday ritual. */
const FRIDAY_NOON = new Date(2026, 10, 27, 12).getTime();

const browserAreas = fakeBrowser as unknown as Record<string, Area | undefined>;
let events: Map<string, ReturnType<typeof fakeEvent>>;

beforeEach(async () => {
  vi.useFakeTimers({ now: FRIDAY_NOON, toFake: ['Date'] });
  events = new Map(EVENTS.map(([api, event]) => [`${api}.${event}`, fakeEvent()]));
  for (const [api, event] of EVENTS) Object.assign(browserAreas[api] ?? {}, { [event]: events.get(`${api}.${event}`) });
  // A ritual due today with notifications allowed, and a site the person added and allowed.
  fakeBrowser.permissions.contains.mockImplementation(async () => true);
  await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
  await addCustomSite(newCustomSite('https://mastodon.social', 'social', FRIDAY_NOON));
});

afterEach(async () => {
  // The background's own copy of the database, loaded afresh with it, lets the next test start anew.
  const { db } = await import('../../../src/db/database');
  db.close();
  fakeBrowser.permissions.contains.mockImplementation(async () => false);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/**
 * Runs `story` with `missing` taken out of the API and the background loaded afresh, as a
 * browser without it starts it; the API is put back afterwards, whatever happened.
 */
async function withoutApi(missing: (typeof MISSING)[number], story: () => Promise<void>): Promise<void> {
  const api = browserAreas[missing];
  Reflect.deleteProperty(fakeBrowser, missing);
  try {
    vi.resetModules();
    await import('../../../src/background/index');
    await story();
  } finally {
    Object.assign(fakeBrowser, { [missing]: api });
  }
}

/** How many times the extension API was called so far. */
function apiCalls(): number {
  const mocks = Object.values(browserAreas)
    .flatMap((area) => Object.values(area ?? {}))
    .filter((value) => vi.isMockFunction(value));
  return mocks.reduce((sum, mock) => sum + mock.mock.calls.length, 0);
}

/** Waits until the handlers, which run on unawaited as in the browser, have stopped calling the API. */
async function settled(): Promise<void> {
  for (let quiet = 0; quiet < 5;) {
    const before = apiCalls();
    await new Promise((resolve) => setTimeout(resolve, 20));
    quiet = apiCalls() === before ? quiet + 1 : 0;
  }
}

describe.each(MISSING)('a browser without %s', (missing) => {
  it('starts the background, which listens to every other event', async () => {
    await withoutApi(missing, async () => {
      for (const [api, event] of EVENTS) {
        expect(events.get(`${api}.${event}`)?.listeners, `${api}.${event}`).toHaveLength(api === missing ? 0 : 1);
      }
    });
  });

  it('starts up and installs without an error, using the APIs it has', async () => {
    const errors = vi.spyOn(console, 'error');
    await withoutApi(missing, async () => {
      events.get('runtime.onStartup')?.fire();
      events.get('runtime.onInstalled')?.fire({ reason: 'update' });
      await settled();
    });
    expect(errors).not.toHaveBeenCalled();
    if (missing !== 'notifications') expect(fakeBrowser.notifications.create).toHaveBeenCalled();
    if (missing !== 'scripting') expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalled();
    expect(fakeBrowser.alarms.create).toHaveBeenCalled();
  });
});

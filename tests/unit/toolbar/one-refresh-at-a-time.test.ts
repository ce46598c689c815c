// @vitest-environment happy-dom -- a page's navigator, to hold the stand-in for its locks
/**
 * Two refreshes of the toolbar can overlap: the popup's and the background's, each after
 * its own write. The older one, which read the settings before a rest was written, must
 * not finish after the newer one and clear the rest's title and alarm. The browser's Web
 * Locks keep them one at a time across the extension's contexts; here, where the test's
 * DOM has none, a lock of the same contract (first come, first served, by name) stands in.
 */
import { updateSettings } from '../../../src/db/settings';
import { QUIET_ENDS_ALARM, refreshToolbar } from '../../../src/toolbar/indicator';
import { fakeBrowser } from '../../support/fake-browser';

const NOON = new Date(2026, 10, 27, 12).getTime();
const TOMORROW = NOON + 86_400_000;

/** Web Locks' exclusive mode, for one context: each request runs after the last one of its name. */
function useFakeLocks(): { requested: string[] } {
  const requested: string[] = [];
  const last = new Map<string, Promise<unknown>>();
  const locks = {
    request<T>(name: string, run: () => Promise<T>): Promise<T> {
      requested.push(name);
      const turn = (last.get(name) ?? Promise.resolve()).then(run);
      last.set(
        name,
        turn.catch(() => undefined),
      );
      return turn;
    },
  };
  vi.stubGlobal('navigator', Object.create(navigator, { locks: { value: locks } }) as Navigator);
  return { requested };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Whether the quiet-ends alarm is set after everything done to it. */
function quietAlarmSet(): boolean {
  const order = (calls: { mock: { calls: unknown[][]; invocationCallOrder: number[] } }) =>
    Math.max(-1, ...calls.mock.invocationCallOrder.filter((_, index) => calls.mock.calls[index]?.[0] === QUIET_ENDS_ALARM));
  return order(fakeBrowser.alarms.create) > order(fakeBrowser.alarms.clear);
}

describe('the toolbar, refreshed from two places at once', () => {
  it('ends as the newer refresh says: resting, with the alarm that ends the rest', async () => {
    const { requested } = useFakeLocks();
    // The older refresh is slow to clear the alarm it thinks is not needed: it finishes once
    // the newer one has set that alarm, or is waiting its turn for the lock.
    let newerGotThere: () => void = () => undefined;
    const newerThere = new Promise<void>((resolve) => (newerGotThere = resolve));
    let clearing = false;
    fakeBrowser.alarms.clear.mockImplementation(async (name?: string) => {
      if (name === QUIET_ENDS_ALARM && !clearing) {
        clearing = true;
        await newerThere;
      }
      return true;
    });
    fakeBrowser.alarms.create.mockImplementation(async (name?: string) => {
      if (name === QUIET_ENDS_ALARM) newerGotThere();
    });

    const older = refreshToolbar(NOON);
    await vi.waitFor(() => expect(clearing).toBe(true));
    await updateSettings({ mutedUntil: TOMORROW });
    const newer = refreshToolbar(NOON);
    if (requested.length === 2) newerGotThere();
    expect(await Promise.all([older, newer])).toEqual([0, TOMORROW]);

    expect(fakeBrowser.action.setTitle.mock.calls.at(-1)?.[0]).toEqual({ title: 'Small Hellos is resting today' });
    expect(quietAlarmSet()).toBe(true);
    expect(requested).toEqual(['small-hellos-toolbar', 'small-hellos-toolbar']);
  });
});

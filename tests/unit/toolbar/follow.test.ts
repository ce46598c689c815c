import { newNudge } from '../../../src/core/nudge';
import { defaultSettings } from '../../../src/core/settings';
import { addNudge, recordStep } from '../../../src/db/nudges';
import { replaceWithBackup } from '../../../src/db/backup';
import { deleteEverything } from '../../../src/db/history';
import { addRitual } from '../../../src/db/rituals';
import { updateSettings } from '../../../src/db/settings';
import { followStoredState } from '../../../src/toolbar/follow';
import { QUIET_ENDS_ALARM } from '../../../src/toolbar/indicator';
import { fakeBrowser } from '../../support/fake-browser';

/** Friday 27 November 2026 at noon, local time: a Friday ritual is due. */
const FRIDAY_NOON = new Date(2026, 10, 27, 12).getTime();
const TOMORROW = FRIDAY_NOON + 86_400_000;

const lastTitle = () => fakeBrowser.action.setTitle.mock.calls.at(-1)?.[0]?.title;
const lastBadge = () => fakeBrowser.action.setBadgeText.mock.calls.at(-1)?.[0]?.text;

let stop: (() => void) | undefined;

afterEach(() => {
  stop?.();
  stop = undefined;
});

/** What a page (or the background) does once: from then on the toolbar follows by itself. */
async function follow(): Promise<void> {
  stop = followStoredState(() => FRIDAY_NOON);
  await vi.waitFor(() => expect(fakeBrowser.action.setTitle).toHaveBeenCalled());
}

describe('the toolbar button, following what is stored', () => {
  it('says Small Hellos is resting as soon as a rest is written, with nobody telling it', async () => {
    await follow();
    expect(lastTitle()).toBe('Small Hellos');

    await updateSettings({ mutedUntil: TOMORROW });
    await vi.waitFor(() => expect(lastTitle()).toBe('Small Hellos is resting today'));
    expect(fakeBrowser.alarms.create).toHaveBeenCalledWith(QUIET_ENDS_ALARM, { when: TOMORROW });
  });

  it('goes back to its plain title when Delete everything clears the settings', async () => {
    await updateSettings({ mutedUntil: TOMORROW });
    await follow();
    expect(lastTitle()).toBe('Small Hellos is resting today');

    await deleteEverything();
    await vi.waitFor(() => expect(lastTitle()).toBe('Small Hellos'));
    expect(fakeBrowser.alarms.clear).toHaveBeenCalledWith(QUIET_ENDS_ALARM);
  });

  it('follows a backup that replaces everything, its settings and rituals included', async () => {
    await follow();
    await replaceWithBackup({
      version: 1,
      people: [],
      nudges: [],
      hellos: [],
      rituals: [{ id: 1, what: 'Text Dad', weekday: 5, every: 'week', createdAt: FRIDAY_NOON - 86_400_000 }],
      settings: { ...defaultSettings, snoozedUntil: FRIDAY_NOON + 3_600_000 },
    });
    await vi.waitFor(() => expect(lastTitle()).toBe('Small Hellos is paused for now'));
    // Paused is not resting: the ritual's soft dot stays.
    expect(lastBadge()).toBe('•');
  });

  it('shows the soft dot once a ritual due today is added', async () => {
    await follow();
    expect(lastBadge()).toBe('');
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
    await vi.waitFor(() => expect(lastBadge()).toBe('•'));
    expect(lastTitle()).toBe('Small Hellos: a ritual is here today');
  });

  it('puts the dot away once a third hello in a row felt heavier, as a card reports it through the background', async () => {
    await addRitual({ what: 'Text Dad', weekday: 5, every: 'week' }, FRIDAY_NOON - 86_400_000);
    const sent = async (minutesAgo: number) => {
      const when = FRIDAY_NOON - minutesAgo * 60_000;
      return addNudge({
        ...newNudge({ origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt: 'A thank-you?', draft: 'Thanks.' } }, when, 240),
        status: 'sent',
        sentAt: when,
      });
    };
    for (const minutesAgo of [30, 20]) await recordStep(await sent(minutesAgo), { kind: 'reflect', feeling: 'heavier', note: '' }, FRIDAY_NOON);
    await follow();
    expect(lastBadge()).toBe('•');

    await recordStep(await sent(10), { kind: 'reflect', feeling: 'heavier', note: '' }, FRIDAY_NOON);
    await vi.waitFor(() => expect(lastBadge()).toBe(''));
    expect(lastTitle()).toBe('Small Hellos');
  });

  it('stops following when asked', async () => {
    await follow();
    stop?.();
    stop = undefined;
    fakeBrowser.action.setTitle.mockClear();
    await updateSettings({ mutedUntil: TOMORROW });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fakeBrowser.action.setTitle).not.toHaveBeenCalled();
  });
});

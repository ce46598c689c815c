import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { newNudge, type Nudge } from '../../../src/core/nudge';
import { db } from '../../../src/db/database';
import { addNudge, latestNudges } from '../../../src/db/nudges';
import { addPerson } from '../../../src/db/people';
import { logHello } from '../../../src/db/hellos';
import { getSettings, updateSettings } from '../../../src/db/settings';
import type { PersonFields } from '../../../src/core/people';
import { Popup } from '../../../src/ui/popup/Popup';
import { handleMessage } from '../../../src/background/router';
import { fakeBrowser } from '../../support/fake-browser';

const RESTING = 'Resting today. Small Hellos will be here tomorrow.';
const DAY_STARTS = 4 * 60;

function nudgeAt(shownAt: number, prompt: string, changes: Partial<Nudge> = {}): Nudge {
  return {
    ...newNudge({ origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt, draft: 'Draft' } }, shownAt, DAY_STARTS),
    ...changes,
  };
}

const POPUP_PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/src/ui/popup/index.html' };

beforeEach(() => {
  // The popup's quiet changes go through the background, which answers as it would.
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: unknown) => handleMessage(message, POPUP_PAGE));
});

/**
 * Today's idea is seeded by the date, and may be one away from the screen (no note to
 * write): then Another idea, until one with Write it comes up.
 */
async function writeTodaysIdea(): Promise<void> {
  for (let tries = 0; tries < 3; tries += 1) {
    const write = await screen.findByRole('button', { name: /^(Write it|I did it)$/ });
    if (write.textContent === 'Write it') {
      fireEvent.click(write);
      return;
    }
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
  }
  fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
}

describe('the popup', () => {
  it('rests on Low energy today, says so, and Unmute brings the cards back', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low energy today' }));

    expect(await screen.findByText(RESTING)).toBeTruthy();
    expect((await getSettings()).mutedUntil).toBeGreaterThan(Date.now());
    fireEvent.click(screen.getByRole('button', { name: 'Unmute' }));

    await waitFor(() => expect(screen.queryByText(RESTING)).toBeNull());
    expect(screen.queryByRole('button', { name: 'Unmute' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Low energy today' })).toBeTruthy();
    expect((await getSettings()).mutedUntil).toBe(0);
  });

  it('snoozes for an hour, says until when, and Resume ends it', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze 1 hour' }));

    expect(await screen.findByText(/^Paused until /)).toBeTruthy();
    const { snoozedUntil } = await getSettings();
    expect(snoozedUntil - Date.now()).toBeGreaterThan(59 * 60_000);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));

    await waitFor(() => expect(screen.queryByText(/^Paused until /)).toBeNull());
    expect((await getSettings()).snoozedUntil).toBe(0);
  });

  it('lists only what happened, newest first, with the note as it was finally written', async () => {
    const now = Date.now();
    await addNudge(nudgeAt(now - 3 * 86_400_000, 'An idea put off', { status: 'dismissed' }));
    await addNudge(
      nudgeAt(now - 86_400_000, 'A two-line hello?', {
        status: 'sent',
        sentAt: now - 86_400_000 + 60_000,
        finalText: 'Hi Maya, how was the first week?',
        feeling: 'lighter',
        genuineNote: 'Asking about her week',
      }),
    );
    await addNudge(nudgeAt(now - 120_000, 'An idea rested on', { status: 'muted', site: 'x' }));
    await addNudge(nudgeAt(now - 60_000, 'An idea only shown', { status: 'shown' }));
    await logHello({ line: 'Coffee with Ana' }, now - 30_000);

    render(<Popup />);
    const list = await screen.findByRole('list', { name: 'History' });
    const items = within(list).getAllByRole('listitem');

    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual(['Coffee with Ana', 'A two-line hello?']);
    expect(within(items[0]!).getByText('Connected')).toBeTruthy();
    expect(within(items[1]!).getByText('Hi Maya, how was the first week?')).toBeTruthy();
    expect(within(items[1]!).getByText('Felt lighter')).toBeTruthy();
    expect(within(items[1]!).getByText('What felt genuine: Asking about her week')).toBeTruthy();
    expect(within(items[1]!).getByText(/^Gmail, /)).toBeTruthy();
    // Nothing that did not happen is listed: no idea put off, rested on or only shown.
    for (const word of ['Not now', 'Shown', 'Resting (low energy)', 'An idea put off', 'An idea rested on', 'An idea only shown']) {
      expect(within(list).queryByText(word)).toBeNull();
    }
  });

  it('says something gentle while the history is empty', async () => {
    render(<Popup />);
    expect(await screen.findByText('Your small hellos will gather here.')).toBeTruthy();
  });

  it('writes today’s note in the popup and records it as sent, with the person’s edits', async () => {
    render(<Popup />);
    await writeTodaysIdea();
    const note = await screen.findByRole('textbox', { name: 'Your note' });
    // No address is known for a generic idea: Copy is the only channel.
    expect(screen.queryByRole('button', { name: 'Email' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();

    fireEvent.input(note, { target: { value: 'Thanks for the soup, it was perfect.' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'About the same' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText('That was kind. Thank you for reaching out.')).toBeTruthy();
    const [saved] = await latestNudges(1);
    expect(saved).toMatchObject({ origin: 'popup', status: 'sent', finalText: 'Thanks for the soup, it was perfect.', feeling: 'same' });
    const list = await screen.findByRole('list', { name: 'History' });
    expect(within(list).getByText('Thanks for the soup, it was perfect.')).toBeTruthy();
  });

  it('offers Email as well as Copy when today’s idea is for someone with an address', async () => {
    await addPerson(
      {
        name: 'Maya',
        callName: 'Maya',
        email: 'maya@example.com',
        handles: {},
        rhythm: 'weekly',
        preferredChannel: 'any',
        memories: [{ id: 'm1', text: 'her new job', kind: 'good-news' }],
      },
      Date.now() - 30 * 86_400_000,
    );
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));

    await screen.findByRole('textbox', { name: 'Your note' });
    expect(screen.getByRole('button', { name: 'Email' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    const [saved] = await latestNudges(1);
    expect(saved?.suggestion.email).toBe('maya@example.com');
  });

  it('picks up a note left open when the popup closed, so it can still be marked as sent', async () => {
    const { unmount } = render(<Popup />);
    await writeTodaysIdea();
    const note = await screen.findByRole('textbox', { name: 'Your note' });
    fireEvent.input(note, { target: { value: 'Copied, then pasted elsewhere.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(async () => expect((await latestNudges(1))[0]?.finalText).toBe('Copied, then pasted elsewhere.'));
    // Clicking the page to paste closes the popup; opening it again brings the note back.
    unmount();
    render(<Popup />);
    expect(((await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement).value).toBe('Copied, then pasted elsewhere.');
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await waitFor(async () => expect((await latestNudges(1))[0]).toMatchObject({ status: 'sent', finalText: 'Copied, then pasted elsewhere.' }));
    expect(await latestNudges(5)).toHaveLength(1);
  });

  it('puts a started note away on Not now', async () => {
    render(<Popup />);
    await writeTodaysIdea();
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));

    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Your note' })).toBeNull());
    const [saved] = await latestNudges(1);
    expect(saved?.status).toBe('dismissed');
  });

  it('explains in plain words when its storage cannot be reached', async () => {
    // As in a profile that refuses storage: the database cannot open.
    db.close({ disableAutoOpen: false });
    const refuse = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Not enough space to open the database.', 'QuotaExceededError');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(<Popup />);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/^Small Hellos cannot reach its storage in this browser profile/);
      expect(logged).toHaveBeenCalled();
    } finally {
      refuse.mockRestore();
      logged.mockRestore();
    }
  });
});

const DAY = 86_400_000;

function person(fields: Partial<PersonFields> & Pick<PersonFields, 'name'>): PersonFields {
  return { callName: fields.name.split(' ')[0] ?? fields.name, handles: {}, rhythm: 'weekly', preferredChannel: 'any', memories: [], ...fields };
}

async function todaysIdea(): Promise<{ prompt: string; why: string | undefined }> {
  const section = await screen.findByRole('region', { name: "Today's small hello" });
  const prompt = section.querySelector('.suggestion__prompt')?.textContent ?? '';
  const toggle = within(section).queryByRole('button', { name: 'Why this?' });
  if (!toggle) return { prompt, why: undefined };
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return { prompt, why: section.querySelector('.why__reason')?.textContent ?? undefined };
}

const quietRequests = () =>
  fakeBrowser.runtime.sendMessage.mock.calls.filter(([message]) => (message as { type?: string }).type === 'quiet').map(([message]) => message);

describe('the popup quiets cards through the background', () => {
  it('asks it for Low energy today and Unmute', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low energy today' }));
    await screen.findByText(RESTING);
    fireEvent.click(screen.getByRole('button', { name: 'Unmute' }));
    await waitFor(() => expect(quietRequests()).toHaveLength(2));
    expect(quietRequests()).toEqual([
      { type: 'quiet', change: 'low-energy' },
      { type: 'quiet', change: 'unmute' },
    ]);
    // Every change reaches open cards and the toolbar title through the background.
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('asks it for Snooze 1 hour, Resume and Snooze until tomorrow, which ends when the day starts', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze 1 hour' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Resume' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Snooze until tomorrow' }));
    await waitFor(() => expect(quietRequests()).toHaveLength(3));
    const { snoozedUntil, dayStartsAtMinutes } = await getSettings();
    const ends = new Date(snoozedUntil);
    expect(snoozedUntil).toBeGreaterThan(Date.now());
    expect(ends.getHours() * 60 + ends.getMinutes()).toBe(dayStartsAtMinutes);
  });

  it('says so in plain words when the background cannot be reached, and nothing changes', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.'));
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low energy today' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Small Hellos could not save that. Please try again.');
    expect(screen.queryByText(RESTING)).toBeNull();
    expect((await getSettings()).mutedUntil).toBe(0);
    logged.mockRestore();
  });

  it('says plainly when the browser has no room left, whether the background or the popup writes', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeBrowser.runtime.sendMessage.mockResolvedValueOnce({ ok: false, error: 'storage-full' });
    const failing = vi.spyOn(db.hellos, 'add').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    try {
      render(<Popup />);
      fireEvent.click(await screen.findByRole('button', { name: 'Snooze 1 hour' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/^Your browser has no room left for Small Hellos to save this/);
      cleanup();
      render(<Popup />);
      fireEvent.click(await screen.findByRole('button', { name: 'I connected with someone' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Keep this hello' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/^Your browser has no room left for Small Hellos to save this/);
    } finally {
      failing.mockRestore();
      logged.mockRestore();
    }
  });

  it('says so when the change could not be saved', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('disk full'));
    try {
      render(<Popup />);
      fireEvent.click(await screen.findByRole('button', { name: 'Snooze 1 hour' }));
      expect((await screen.findByRole('alert')).textContent).toBe('Small Hellos could not save that. Please try again.');
      expect(fakeBrowser.action.setTitle).not.toHaveBeenCalled();
    } finally {
      failing.mockRestore();
      logged.mockRestore();
    }
  });

  it('stops saying paused once the pause is over, while it stays open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await db.settings.put({ key: 'settings', snoozedUntil: Date.now() + 2_000 });
      render(<Popup />);
      expect(await screen.findByText(/^Paused until /)).toBeTruthy();
      await vi.advanceTimersByTimeAsync(2_100);
      await waitFor(() => expect(screen.queryByText(/^Paused until /)).toBeNull());
      expect(screen.getByRole('button', { name: 'Snooze 1 hour' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('another idea in the popup', () => {
  it('suggests the other person, then gives up the button after three', async () => {
    const long = Date.now() - 60 * DAY;
    await addPerson(person({ name: 'Maya', rhythm: 'weekly', memories: [{ id: 'm1', text: 'her new job', kind: 'good-news' }] }), long);
    await addPerson(person({ name: 'Alex', rhythm: 'fortnightly', memories: [{ id: 'a1', text: 'the cello', kind: 'interest' }] }), long);
    render(<Popup />);

    const first = await todaysIdea();
    expect(first.why).toMatch(/^You wanted to write to (Maya every week|Alex every two weeks)\.$/);
    const firstName = first.why?.includes('Maya') ? 'Maya' : 'Alex';
    const otherName = firstName === 'Maya' ? 'Alex' : 'Maya';
    expect(first.prompt).toContain(firstName);
    expect(screen.queryByRole('button', { name: "Add someone you'd like to stay close to" })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));

    const second = await todaysIdea();
    expect(second.prompt).not.toBe(first.prompt);
    expect(second.prompt).toContain(otherName);
    expect(second.why).toContain(otherName);

    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    const third = await todaysIdea();
    expect([first.prompt, second.prompt]).not.toContain(third.prompt);
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    const fourth = await todaysIdea();
    expect([first.prompt, second.prompt, third.prompt]).not.toContain(fourth.prompt);
    expect(screen.queryByRole('button', { name: 'Another idea' })).toBeNull();
  });

  it('writes the idea shown, not the one it replaced', async () => {
    const long = Date.now() - 60 * DAY;
    await addPerson(person({ name: 'Maya', email: 'maya@example.com' }), long);
    await addPerson(person({ name: 'Alex', phone: '+49 170 1234567' }), long);
    render(<Popup />);
    const first = await todaysIdea();
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    const second = await todaysIdea();
    expect(second.prompt).not.toBe(first.prompt);
    fireEvent.click(screen.getByRole('button', { name: 'Write it' }));

    await screen.findByRole('textbox', { name: 'Your note' });
    const [saved] = await latestNudges(1);
    expect(saved?.suggestion.prompt).toBe(second.prompt);
    const alex = second.prompt.includes('Alex');
    expect(screen.queryByRole('button', { name: alex ? 'Text' : 'Email' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: alex ? 'WhatsApp' : 'Text' }) !== null).toBe(alex);
  });

  it('offers another message for the same person when there is no one else', async () => {
    await addPerson(person({ name: 'Maya', memories: [{ id: 'm1', text: 'her new job', kind: 'good-news' }] }), Date.now() - 60 * DAY);
    render(<Popup />);
    const first = await todaysIdea();
    expect(first.prompt).toContain('Maya');
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));

    const second = await todaysIdea();
    expect(second.prompt).not.toBe(first.prompt);
    expect(second.why).toContain('Maya');
  });

  it('offers a different small act when no one is in the list yet', async () => {
    render(<Popup />);
    const first = await todaysIdea();
    expect(first.why).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    const second = await todaysIdea();
    expect(second.prompt).not.toBe(first.prompt);
  });
});

describe('the way to the people list', () => {
  it('is always at the foot of the popup', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Your people and what you remember' }));
    await waitFor(() => expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1));
  });
});

describe('the popup with no people yet', () => {
  it('invites the person to add someone, in the settings', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: "Add someone you'd like to stay close to" }));
    await waitFor(() => expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1));
  });
});

describe('no words lost in the popup', () => {
  it('brings back a note exactly as it was typed when the popup closed mid-sentence', async () => {
    const { unmount } = render(<Popup />);
    await writeTodaysIdea();
    const note = await screen.findByRole('textbox', { name: 'Your note' });
    fireEvent.input(note, { target: { value: 'Half a sentence, typed and never cop' } });
    // The popup closes at once when the person clicks outside it.
    window.dispatchEvent(new Event('pagehide'));
    unmount();
    await waitFor(async () => expect((await latestNudges(1))[0]?.finalText).toBe('Half a sentence, typed and never cop'));

    render(<Popup />);
    expect(((await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement).value).toBe('Half a sentence, typed and never cop');
  });
});

describe('today’s energy in the popup', () => {
  it('is asked once a day and shapes today’s idea', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Good' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'How is your energy today?' })).toBeNull());
    expect((await getSettings()).energyToday.level).toBe('good');
  });

  it('is not asked again the same day', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not today' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'How is your energy today?' })).toBeNull());
    cleanup();
    render(<Popup />);
    await screen.findByRole('region', { name: "Today's small hello" });
    expect(screen.queryByRole('group', { name: 'How is your energy today?' })).toBeNull();
  });
});

describe('today’s energy, asked once', () => {
  it('counts a question shown and left unanswered as skipped: not asked again in the popup, nor on a card', async () => {
    render(<Popup />);
    expect(await screen.findByRole('group', { name: 'How is your energy today?' })).toBeTruthy();
    // The question stays while this popup is open, even though it already counts as asked.
    await waitFor(async () => expect((await getSettings()).energyToday.day).not.toBe(''));
    expect(screen.getByRole('group', { name: 'How is your energy today?' })).toBeTruthy();
    cleanup();

    render(<Popup />);
    await screen.findByRole('region', { name: "Today's small hello" });
    expect(screen.queryByRole('group', { name: 'How is your energy today?' })).toBeNull();
    // A card may come at any hour here; the question is not on it.
    await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
    const gmail = { ...POPUP_PAGE, url: 'https://mail.google.com/mail/u/0/', frameId: 0, tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false } };
    const card = (await handleMessage({ type: 'moment' }, gmail)) as { ok: true; value: { show: boolean; nudgeId: number } };
    expect(card.value.show).toBe(true);
    const view = await handleMessage({ type: 'nudge-get', id: card.value.nudgeId }, POPUP_PAGE);
    expect(view).toMatchObject({ ok: true, value: { status: 'shown' } });
    expect((view as { ok: true; value: { askEnergy?: true } }).value.askEnergy).toBeUndefined();
  });

  it('rests the cards for the day on Low when the person asked for that, as the card does', async () => {
    await updateSettings({ lowEnergyRests: true });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low' }));
    expect(await screen.findByText(RESTING)).toBeTruthy();
    expect((await getSettings()).mutedUntil).toBeGreaterThan(Date.now());
    await waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'cards-quiet' }));
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith({ title: 'Small Hellos is resting today' });
    expect(screen.queryByRole('group', { name: 'How is your energy today?' })).toBeNull();
  });

  it('keeps the cards coming on Low otherwise, with the smallest ideas', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low' }));
    await waitFor(async () => expect((await getSettings()).energyToday.level).toBe('low'));
    expect((await getSettings()).mutedUntil).toBe(0);
    expect(screen.queryByText(RESTING)).toBeNull();
  });
});

describe('a note started on a card, in the popup', () => {
  it('comes back exactly as typed on the card when the person writes it here', async () => {
    const suggestion = { templateId: 'ch_hello', prompt: 'A two-line hello to Maya?', draft: 'Hi Maya,\nYou crossed my mind today.' };
    await addNudge({ ...newNudge({ origin: 'page', site: 'gmail', suggestion, status: 'writing' }, Date.now(), DAY_STARTS), finalText: 'Hi Maya,\nTyped on the card, half a tho' });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    expect(((await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement).value).toBe('Hi Maya,\nTyped on the card, half a tho');
  });
});

describe('an idea away from the screen, in the popup', () => {
  it('offers I did it and Maybe later, and no note to write', async () => {
    const suggestion = { templateId: 'offline_neighbour', prompt: 'Say hello to a neighbour today?', draft: '' };
    await addNudge(newNudge({ origin: 'page', site: 'gmail', suggestion }, Date.now(), DAY_STARTS));
    render(<Popup />);
    expect(await screen.findAllByText('Say hello to a neighbour today?')).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: 'I did it' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Your note' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Maybe later' }));
    expect(await screen.findByText("That's fine. It will keep.")).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I did it' })).toBeNull();
    // Nothing is kept: the idea simply waits.
    expect((await latestNudges(5)).map((nudge) => nudge.status)).toEqual(['shown']);
  });

  it('counts I did it as a small hello, with no note', async () => {
    // A card showing an idea away from the screen is open on a page; the popup offers the same.
    const suggestion = { templateId: 'offline_neighbour', prompt: 'Say hello to a neighbour today?', draft: '' };
    const id = await addNudge(newNudge({ origin: 'page', site: 'gmail', suggestion }, Date.now(), DAY_STARTS));
    render(<Popup />);
    expect(await screen.findAllByText('Say hello to a neighbour today?')).not.toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Write it' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'I did it' }));
    expect(await screen.findByText('That was kind. A small hello counts.')).toBeTruthy();
    expect((await latestNudges(5)).find((nudge) => nudge.id === id)).toMatchObject({ status: 'sent', finalText: '' });
  });
});

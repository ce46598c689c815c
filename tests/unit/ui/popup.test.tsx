import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { newNudge, type Nudge } from '../../../src/core/nudge';
import { db } from '../../../src/db/database';
import { addNudge, latestNudges } from '../../../src/db/nudges';
import { addPerson } from '../../../src/db/people';
import { getSettings } from '../../../src/db/settings';
import { Popup } from '../../../src/ui/popup/Popup';

const RESTING = 'Resting today. Small Hellos will be here tomorrow.';
const DAY_STARTS = 4 * 60;

function nudgeAt(shownAt: number, prompt: string, changes: Partial<Nudge> = {}): Nudge {
  return {
    ...newNudge({ origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt, draft: 'Draft' } }, shownAt, DAY_STARTS),
    ...changes,
  };
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

  it('lists what happened, newest first, with the note as it was finally written', async () => {
    const now = Date.now();
    await addNudge(nudgeAt(now - 3 * 86_400_000, 'An older idea', { status: 'dismissed' }));
    await addNudge(
      nudgeAt(now - 86_400_000, 'A two-line hello?', {
        status: 'sent',
        finalText: 'Hi Maya, how was the first week?',
        feeling: 'lighter',
        genuineNote: 'Asking about her week',
      }),
    );
    await addNudge(nudgeAt(now - 60_000, 'The newest idea', { status: 'muted', site: 'x' }));

    render(<Popup />);
    const list = await screen.findByRole('list', { name: 'History' });
    const items = within(list).getAllByRole('listitem');

    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual(['The newest idea', 'A two-line hello?', 'An older idea']);
    expect(within(items[0]!).getByText('Resting (low energy)')).toBeTruthy();
    expect(within(items[0]!).getByText(/^X, /)).toBeTruthy();
    expect(within(items[1]!).getByText('Hi Maya, how was the first week?')).toBeTruthy();
    expect(within(items[1]!).getByText('Felt lighter')).toBeTruthy();
    expect(within(items[1]!).getByText('What felt genuine: Asking about her week')).toBeTruthy();
    expect(within(items[2]!).getByText('Not now')).toBeTruthy();
  });

  it('says something gentle while the history is empty', async () => {
    render(<Popup />);
    expect(await screen.findByText('Your small hellos will gather here.')).toBeTruthy();
  });

  it('writes today’s note in the popup and records it as sent, with the person’s edits', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
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
        email: 'maya@example.com',
        handles: {},
        rhythm: 'weekly',
        preferredChannel: 'any',
        memories: [{ id: 'm1', text: 'her new job' }],
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

  it('puts a started note away on Not now', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
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

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { db } from '../../../../src/db/database';
import { getSettings } from '../../../../src/db/settings';
import { Popup } from '../../../../src/ui/popup/Popup';
import { fakeBrowser } from '../../../support/fake-browser';
import { RESTING, backgroundAnswers, ideaShown, laterPartsCompiled } from './harness';

backgroundAnswers();
laterPartsCompiled();

const quietRequests = () =>
  fakeBrowser.runtime.sendMessage.mock.calls.filter(([message]) => (message as { type?: string }).type === 'quiet').map(([message]) => message);

describe('quiet times in the popup', () => {
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
});

describe('the popup quiets cards through the background', () => {
  it('asks it for Low energy today and Unmute', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low energy today' }));
    await screen.findByText(RESTING);
    fireEvent.click(screen.getByRole('button', { name: 'Unmute' }));
    // Every change reaches open cards and the toolbar title through the background.
    await waitFor(() =>
      expect(quietRequests()).toEqual([
        { type: 'quiet', change: 'low-energy' },
        { type: 'quiet', change: 'unmute' },
      ]),
    );
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
    render(<Popup />);
    await ideaShown();
    const button = screen.getByRole('button', { name: 'Low energy today' });
    fakeBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.'));
    fireEvent.click(button);

    expect((await screen.findByRole('alert')).textContent).toBe('Small Hellos could not save that. Please try again.');
    expect(screen.queryByText(RESTING)).toBeNull();
    expect((await getSettings()).mutedUntil).toBe(0);
    logged.mockRestore();
  });

  it('says plainly when the browser has no room left, whether the background or the popup writes', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = vi.spyOn(db.hellos, 'add').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    try {
      render(<Popup />);
      await ideaShown();
      const snooze = screen.getByRole('button', { name: 'Snooze 1 hour' });
      fakeBrowser.runtime.sendMessage.mockResolvedValueOnce({ ok: false, error: 'storage-full' });
      fireEvent.click(snooze);
      expect((await screen.findByRole('alert')).textContent).toMatch(/^Your browser has no room left for Small Hellos to save this/);
      cleanup();
      render(<Popup />);
      await ideaShown();
      fireEvent.click(screen.getByRole('button', { name: 'I connected with someone' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Keep this hello' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(/^Your browser has no room left for Small Hellos to save this/);
    } finally {
      failing.mockRestore();
      logged.mockRestore();
    }
  });

  it('says so when the change could not be saved', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Popup />);
    await ideaShown();
    const snooze = screen.getByRole('button', { name: 'Snooze 1 hour' });
    const failing = vi.spyOn(db.settings, 'put').mockRejectedValue(new Error('disk full'));
    fakeBrowser.action.setTitle.mockClear();
    try {
      fireEvent.click(snooze);
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

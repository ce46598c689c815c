import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { logHello } from '../../../../src/db/hellos';
import { addNudge } from '../../../../src/db/nudges';
import { Popup } from '../../../../src/ui/popup/Popup';
import { fakeBrowser } from '../../../support/fake-browser';
import { backgroundAnswers, nudgeAt, laterPartsCompiled, withStorageRefused } from './harness';

backgroundAnswers();
laterPartsCompiled();

describe('the popup', () => {
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

  it('keeps the way to the people list at its foot', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Your people and what you remember' }));
    await waitFor(() => expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1));
  });

  it('explains in plain words when its storage cannot be reached', async () => {
    await withStorageRefused(async (logged) => {
      render(<Popup />);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/^Small Hellos cannot reach its storage in this browser profile/);
      expect(logged).toHaveBeenCalled();
    });
  });
});

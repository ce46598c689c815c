/**
 * On your other computers, as the settings page shows it: the two passphrases checked
 * before anything happens, a browser restarted (the key forgotten) asking for the
 * passphrase again, a copy nearly full said with how many more people fit, and the
 * question before turning sync off.
 */
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { peekSyncState, updateSyncState } from '../../../../src/db/sync-state';
import { SyncSection } from '../../../../src/ui/options/data/SyncSection';
import { fakeBrowser } from '../../../support/fake-browser';

/** Whether a field is read as wrong. */
const isWrong = (field: HTMLElement) => field.getAttribute('aria-invalid') === 'true';

/** Waits for `message` under the field labelled `label`: it describes the field, which is read as wrong and has the keyboard. */
async function expectProblemIn(label: string, message: string): Promise<void> {
  const said = await screen.findByText(message);
  const field = screen.getByLabelText(label);
  expect(isWrong(field)).toBe(true);
  expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(said.id);
  expect(document.activeElement).toBe(field);
}

describe('On your other computers', () => {
  it('says what goes and what stays, and asks for a passphrase of 10 characters typed twice the same', async () => {
    render(<SyncSection />);
    expect(screen.getByText(/your people, what you remember of them, their rhythms, when you last said hello, your rituals and your settings/)).toBeTruthy();
    expect(screen.getByText(/Your history, reflections and notes stay on this computer/)).toBeTruthy();
    expect(screen.getByText(/Firefox for Android does not sync it/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on sync' }));
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'too short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    // Each problem is said under the field it is about, which takes the keyboard and is read as wrong.
    await expectProblemIn('Passphrase', 'Please choose a passphrase of at least 10 characters.');
    expect(isWrong(screen.getByLabelText('The same passphrase again'))).toBe(false);
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'walnut harbour lantern' } });
    fireEvent.input(screen.getByLabelText('The same passphrase again'), { target: { value: 'walnut harbour lanterns' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    await expectProblemIn('The same passphrase again', 'The two passphrases are not the same. Please type them again.');
    expect(isWrong(screen.getByLabelText('Passphrase'))).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fakeBrowser.storage.sync.set).not.toHaveBeenCalled();
  });

  it('asks for the passphrase again once the browser has forgotten the key', async () => {
    await updateSyncState({ on: true, account: 'copy' });
    render(<SyncSection />);
    expect(await screen.findByText(/Sync is waiting for your passphrase: your browser forgets it whenever it closes/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Go on syncing' })).toBeTruthy();
    expect(screen.queryByLabelText('The same passphrase again')).toBeNull();
  });

  it('says when the copy is nearly full, with about how many more people fit', async () => {
    await updateSyncState({ on: true, account: 'copy', usage: { bytes: 95_000, items: 14, people: 150, morePeople: 11 }, heardFrom: {} });
    await fakeBrowser.storage.session.set({ syncKey: { account: 'copy', key: btoa(String.fromCharCode(...new Uint8Array(32))) } });
    render(<SyncSection />);
    expect(await screen.findByText('The synced copy is nearly full: there is room for about 11 more people.')).toBeTruthy();
    expect(screen.getByText(/No other computer has added to the synced copy yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn off sync' })).toBeTruthy();
    await fakeBrowser.storage.session.remove('syncKey');
  });

  it('asks before turning sync off: Keep it on changes nothing, Turn off sync in the question turns it off', async () => {
    await updateSyncState({ on: true, account: 'copy', heardFrom: {} });
    await fakeBrowser.storage.session.set({ syncKey: { account: 'copy', key: btoa(String.fromCharCode(...new Uint8Array(32))) } });
    render(<SyncSection />);
    const question = /Turn off sync\? The synced copy is removed from your browser account/;

    fireEvent.click(await screen.findByRole('button', { name: 'Turn off sync' }));
    fireEvent.click(within(screen.getByRole('group', { name: question })).getByRole('button', { name: 'Keep it on' }));
    expect(screen.queryByRole('group', { name: question })).toBeNull();
    expect((await peekSyncState()).on).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Turn off sync' }));
    fireEvent.click(within(screen.getByRole('group', { name: question })).getByRole('button', { name: 'Turn off sync' }));
    expect(await screen.findByText('Sync is off. Everything is still on this computer.')).toBeTruthy();
    expect((await peekSyncState()).on).toBe(false);
    await fakeBrowser.storage.session.remove('syncKey');
  });
});

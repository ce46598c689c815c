import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { newNudge } from '../../../../src/core/nudge';
import { defaultSettings } from '../../../../src/core/settings';
import { exportEverything } from '../../../../src/db/backup';
import { db } from '../../../../src/db/database';
import { countHistory } from '../../../../src/db/history';
import { getSettings, updateSettings } from '../../../../src/db/settings';
import { Options } from '../../../../src/ui/options/Options';
import { fakeBrowser } from '../../../support/fake-browser';
import { everything, seedEverything } from '../../../support/sample-data';

const DAY = 24 * 60 * 60 * 1000;

function openYourData() {
  location.hash = '';
  render(<Options />);
  fireEvent.click(screen.getByRole('link', { name: 'Your data' }));
}

function chooseFile(input: HTMLElement, text: string) {
  const file = new File([text], 'small-hellos.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** Entries from long ago: `count` notes sent 400 days back, and one hello 200 days back. */
async function addOldHistory(count: number): Promise<void> {
  const long = Date.now() - 400 * DAY;
  await db.nudges.bulkAdd(
    Array.from({ length: count }, (_, i) => ({
      ...newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' } }, long + i, 240),
      status: 'sent' as const,
      sentAt: long + i,
    })),
  );
  await db.hellos.add({ at: Date.now() - 200 * DAY, day: '2026-05-17', line: 'a walk with the neighbour' });
}

afterEach(() => {
  location.hash = '';
  fakeBrowser.permissions.contains.mockImplementation(async () => false);
  fakeBrowser.scripting.getRegisteredContentScripts.mockImplementation(async () => []);
});

describe('Keep history for', () => {
  it('asks before a shorter time removes anything, says how many go, and keeps them on “Keep them”', async () => {
    await seedEverything();
    await addOldHistory(2);
    const before = await everything();
    openYourData();
    const select = (await screen.findByLabelText('Keep history for')) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'three-months' } });
    const question = await screen.findByRole('group', { name: /Keep history for three months\?/ });
    expect(question.textContent).toContain('What is older goes now, for good (3 entries)');
    expect(await everything()).toEqual(before);

    fireEvent.click(within(question).getByRole('button', { name: 'Keep them' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: /Keep history for/ })).toBeNull());
    expect(document.activeElement).toBe(select);
    expect(select.value).toBe('forever');
    expect(await everything()).toEqual(before);
  });

  it('removes what is older only on “Remove older entries”, and says how many went', async () => {
    await seedEverything();
    await addOldHistory(1);
    openYourData();
    fireEvent.change(await screen.findByLabelText('Keep history for'), { target: { value: 'year' } });
    const question = await screen.findByRole('group', { name: /Keep history for a year\?/ });
    expect(question.textContent).toContain('(1 entry)');
    fireEvent.click(within(question).getByRole('button', { name: 'Remove older entries' }));
    expect(await screen.findByText('Saved. 1 entry removed.')).toBeTruthy();
    expect((await getSettings()).keepHistory).toBe('year');
    // The hello from 200 days ago is within the year and stays.
    expect(await countHistory()).toBe(6);
  });

  it('saves at once when nothing would go', async () => {
    await seedEverything();
    openYourData();
    fireEvent.change(await screen.findByLabelText('Keep history for'), { target: { value: 'year' } });
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Keep history for/ })).toBeNull();
    expect((await getSettings()).keepHistory).toBe('year');
  });
});

describe('Clear history and Delete everything', () => {
  it('take the keyboard to the safe answer when they ask, and back to the button after', async () => {
    await seedEverything();
    openYourData();
    const clear = await screen.findByRole('button', { name: 'Clear history' });
    fireEvent.click(clear);
    const question = await screen.findByRole('group', { name: /Clear all history\?/ });
    await waitFor(() => expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep it' })));
    fireEvent.click(within(question).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Clear history'));
    expect(await countHistory()).toBe(5);

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    const fresh = await screen.findByRole('group', { name: /Delete everything\?/ });
    await waitFor(() => expect(document.activeElement).toBe(within(fresh).getByRole('button', { name: 'Keep it' })));
    fireEvent.click(within(fresh).getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Everything is deleted. Small Hellos is starting fresh.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete everything'));
  });

  it('gives back the sites and the notifications permission on Delete everything', async () => {
    await seedEverything();
    fakeBrowser.scripting.getRegisteredContentScripts.mockImplementation(async () => [{ id: 'small-hellos-site-mastodon.social' }]);
    openYourData();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    fireEvent.click(within(await screen.findByRole('group', { name: /Delete everything\?/ })).getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Everything is deleted. Small Hellos is starting fresh.')).toBeTruthy();
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] });
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['small-hellos-site-mastodon.social'] });
  });
});

describe('Import, replacing everything', () => {
  it('runs the file’s sites the browser allows and gives back the sites that are no longer listed', async () => {
    await seedEverything();
    await updateSettings({
      customSites: [{ id: 'custom:messages:chat.example.org', origin: 'https://chat.example.org', kind: 'messages', addedAt: Date.now() }],
    });
    const file = await (await exportEverything()).text();
    await updateSettings({ customSites: [{ id: 'custom:social:mastodon.social', origin: 'https://mastodon.social', kind: 'social', addedAt: Date.now() }] });
    fakeBrowser.permissions.contains.mockImplementation(async ({ origins }) => origins?.[0] === 'https://chat.example.org/*');
    fakeBrowser.scripting.getRegisteredContentScripts.mockImplementation(async () => [{ id: 'small-hellos-site-mastodon.social' }]);

    openYourData();
    chooseFile(await screen.findByLabelText('Choose a file to import'), file);
    fireEvent.click(within(await screen.findByRole('group', { name: 'This file holds:' })).getByRole('button', { name: 'Replace everything here' }));
    expect(await screen.findByText('Imported: 2 people and 5 history entries.')).toBeTruthy();
    expect((await getSettings()).customSites.map((site) => site.origin)).toEqual(['https://chat.example.org']);
    await waitFor(() => expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] }));
    expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['small-hellos-site-mastodon.social'] });
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ matches: ['https://chat.example.org/*'] })]);
  });

  it('takes this device back to the defaults when the file holds no settings, as the page says, and gives back the sites added here', async () => {
    await seedEverything();
    const file = JSON.parse(await (await exportEverything()).text()) as { data: { data: { tableName: string; rows: unknown[] }[] } };
    file.data.data.find((table) => table.tableName === 'settings')?.rows.splice(0);
    fakeBrowser.scripting.getRegisteredContentScripts.mockImplementation(async () => [{ id: 'small-hellos-site-mastodon.social' }]);

    openYourData();
    chooseFile(await screen.findByLabelText('Choose a file to import'), JSON.stringify(file));
    const holds = await screen.findByRole('group', { name: 'This file holds:' });
    expect(within(holds).getByText('No settings (the defaults apply)')).toBeTruthy();
    fireEvent.click(within(holds).getByRole('button', { name: 'Replace everything here' }));
    expect(await screen.findByText('Imported: 2 people and 5 history entries.')).toBeTruthy();
    expect(await getSettings()).toEqual(defaultSettings);
    await waitFor(() => expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] }));
    expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['small-hellos-site-mastodon.social'] });
  });
});

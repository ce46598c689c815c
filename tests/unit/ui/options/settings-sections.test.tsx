import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { exportEverything } from '../../../../src/db/backup';
import { getSettings } from '../../../../src/db/settings';
import { Options } from '../../../../src/ui/options/Options';
import { fakeBrowser } from '../../../support/fake-browser';
import { everything, seedEverything } from '../../../support/sample-data';

function openSection(name: string) {
  location.hash = '';
  render(<Options />);
  fireEvent.click(screen.getByRole('link', { name }));
}

function chooseFile(input: HTMLElement, text: string, name = 'file.json') {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

afterEach(() => {
  location.hash = '';
  fakeBrowser.permissions.request.mockImplementation(async () => false);
});

describe('When', () => {
  it('saves each change at once, checked, and says so', async () => {
    openSection('When');
    fireEvent.change(await screen.findByLabelText('Cards a day, at most'), { target: { value: '4' } });
    expect(await screen.findByText('Saved.')).toBeTruthy();
    await waitFor(async () => expect((await getSettings()).dailyCap).toBe(4));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    await waitFor(async () => expect((await getSettings()).restDays).toEqual([0]));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '09:30' } });
    await waitFor(async () => expect((await getSettings()).activeFromMinutes).toBe(570));
  });

  it('refuses From and Until at the same time, says why, and keeps the hours as they were', async () => {
    openSection('When');
    fireEvent.change(await screen.findByLabelText('Until'), { target: { value: '08:00' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'From and Until are the same time, so nothing was changed. Choose two different times, or 00:00 and 00:00 for cards at any hour.',
    );
    expect((screen.getByLabelText('Until') as HTMLInputElement).value).toBe('21:00');
    const { activeFromMinutes, activeUntilMinutes } = await getSettings();
    expect([activeFromMinutes, activeUntilMinutes]).toEqual([480, 1260]);
  });

  it('keeps private windows off by default, and says the browser must allow them too', async () => {
    openSection('When');
    const privateWindows = await screen.findByRole('switch', { name: 'Cards in private windows' });
    expect((privateWindows as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById(privateWindows.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /browser must also allow Small Hellos in private windows/,
    );
    fireEvent.click(privateWindows);
    await waitFor(async () => expect((await getSettings()).inPrivateWindows).toBe(true));
  });
});

describe('When, on low days', () => {
  it('offers one tiny idea first until the person chooses rest, and keeps the choice', async () => {
    openSection('When');
    const group = await screen.findByRole('group', { name: 'On low days' });
    const rest = within(group).getByRole('radio', { name: 'Rest for the day' }) as HTMLInputElement;
    expect((within(group).getByRole('radio', { name: 'One tiny idea' }) as HTMLInputElement).checked).toBe(true);
    expect(rest.checked).toBe(false);
    fireEvent.click(rest);
    await waitFor(async () => expect((await getSettings()).lowEnergyRests).toBe(true));
  });

  it('is no longer among the support settings', async () => {
    openSection('Support');
    await screen.findByRole('heading', { name: 'Support', level: 2 });
    expect(screen.queryByRole('group', { name: 'On low days' })).toBeNull();
  });
});

describe('Where', () => {
  it('lists every catalogue site with a switch, grouped, and switches one off', async () => {
    openSection('Where');
    const feeds = await screen.findByRole('group', { name: 'Feeds' });
    expect(
      within(feeds)
        .getAllByRole('switch')
        .map((s) => s.parentElement?.textContent),
    ).toEqual(['X', 'Facebook', 'Instagram', 'LinkedIn', 'Reddit', 'Bluesky', 'Threads']);
    expect(within(screen.getByRole('group', { name: 'Email' })).getAllByRole('switch')).toHaveLength(5);
    expect(within(screen.getByRole('group', { name: 'Chats' })).getAllByRole('switch')).toHaveLength(5);
    fireEvent.click(within(feeds).getByRole('switch', { name: 'LinkedIn' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['linkedin']));
  });

  it('places the card on a phone above the site’s own buttons until the person chooses the top, and keeps the choice', async () => {
    openSection('Where');
    const group = await screen.findByRole('group', { name: 'On a phone' });
    expect((within(group).getByRole('radio', { name: "At the bottom, above the site's own buttons" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByRole('radio', { name: 'At the top' }));
    await waitFor(async () => expect((await getSettings()).cardPlaceOnPhone).toBe('top'));
  });

  it('says plainly why an address cannot be added, and asks the browser nothing', async () => {
    openSection('Where');
    fireEvent.input(await screen.findByLabelText('Address'), { target: { value: 'http://mastodon.social' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(await screen.findByText('Only secure sites (https) can be added.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Address'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(await screen.findByText(/doesn't look like a website's address/)).toBeTruthy();
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('asks the browser for the one site in the click, registers the content script, and gives both back on Remove', async () => {
    fakeBrowser.permissions.request.mockImplementation(async () => true);
    fakeBrowser.permissions.contains.mockImplementation(async () => true);
    openSection('Where');
    fireEvent.input(await screen.findByLabelText('Address'), { target: { value: 'https://mastodon.social/home' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    // Asked at once, in the click itself, before anything is awaited.
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] });
    expect(await screen.findByText('mastodon.social added. Cards may come there from the next page you open.')).toBeTruthy();
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'small-hellos-site-mastodon.social', matches: ['https://mastodon.social/*'], js: ['src/content/index.js'] }),
    ]);
    expect((await getSettings()).customSites).toMatchObject([{ id: 'custom:social:mastodon.social', origin: 'https://mastodon.social' }]);

    fakeBrowser.scripting.getRegisteredContentScripts.mockImplementation(async () => [{ id: 'small-hellos-site-mastodon.social' }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove mastodon.social' }));
    await waitFor(() => expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] }));
    expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['small-hellos-site-mastodon.social'] });
    expect((await getSettings()).customSites).toEqual([]);
    fakeBrowser.scripting.getRegisteredContentScripts.mockImplementation(async () => []);
    fakeBrowser.permissions.contains.mockImplementation(async () => false);
  });

  it('adds nothing when the browser does not allow the site', async () => {
    openSection('Where');
    fireEvent.input(await screen.findByLabelText('Address'), { target: { value: 'mastodon.social' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
    expect(await screen.findByText('The browser did not allow Small Hellos on that site, so nothing was added.')).toBeTruthy();
    expect(fakeBrowser.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect((await getSettings()).customSites).toEqual([]);
  });
});

describe('Your data', () => {
  it('says what is stored, rituals too, where, in plain words, and that nothing leaves the device unless sync is turned on', async () => {
    openSection('Your data');
    const kept = await screen.findByText(/^Small Hellos keeps four things, in your browser’s own storage for this extension, on this device:/);
    for (const thing of ['the people you added', 'your history', 'your rituals', 'your settings']) expect(kept.textContent).toContain(thing);
    expect(kept.textContent).not.toMatch(/IndexedDB/);
    expect(screen.getByText(/^Nothing of it leaves this device unless you turn on sync below/)).toBeTruthy();
  });

  it('refuses a hostile file by naming the problem, and changes nothing', async () => {
    await seedEverything();
    const before = await everything();
    openSection('Your data');
    chooseFile(await screen.findByLabelText('Choose a file to import'), '{"formatName":"dexie","__proto__":{"polluted":true}}');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file was not imported, and nothing was changed. It contains a field named “__proto__”, which a Small Hellos export never has.',
    );
    expect(await everything()).toEqual(before);
  });

  it('shows what a file holds, then replaces on confirmation', async () => {
    await seedEverything();
    const file = await (await exportEverything()).text();
    const before = await everything();
    openSection('Your data');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Everything is deleted. Small Hellos is starting fresh.')).toBeTruthy();
    expect((await everything()).people).toEqual([]);

    chooseFile(screen.getByLabelText('Choose a file to import'), file);
    const holds = await screen.findByRole('group', { name: 'This file holds:' });
    expect(
      within(holds)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['People: 2', 'History entries: 5', 'Reflections: 1', 'Your settings']);
    expect((await everything()).people).toEqual([]);
    fireEvent.click(within(holds).getByRole('button', { name: 'Replace everything here' }));
    expect(await screen.findByText('Imported: 2 people and 5 history entries.')).toBeTruthy();
    expect(await everything()).toEqual(before);
  });
});

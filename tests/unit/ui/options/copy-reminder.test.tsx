import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { db } from '../../../../src/db/database';
import { getSettings, updateSettings } from '../../../../src/db/settings';
import { Options } from '../../../../src/ui/options/Options';
import { useBrowserLanguage } from '../../../support/fake-browser';
import { seedEverything } from '../../../support/sample-data';

/**
 * Your data says when a copy was last saved and, once much is new, offers a fresh one:
 * gently, once, and not again for as long as little more is new.
 */
const FIRST_OFFER = 'Quite a lot has gathered here. Would you like to keep a copy of it in a file?';
const FRESH_OFFER = 'Quite a lot is new since your last copy. Would you like to save a fresh one?';

function openYourData() {
  location.hash = '#data';
  render(<Options />);
}

/** Hellos noted, `count` of them: each one is something a copy would keep. */
async function noteHellos(count: number): Promise<void> {
  const at = Date.UTC(2026, 10, 25, 12);
  await db.hellos.bulkAdd(Array.from({ length: count }, (_, index) => ({ at: at + index, day: '2026-11-25', line: `hello ${index + 1}` })));
}

/** The history count on the same page follows the same writes: once it shows `count`, the page has read them. */
async function pageHasRead(count: number): Promise<void> {
  await screen.findByText(`History entries kept: ${count}`);
}

let downloads: ReturnType<typeof vi.fn<(name: string) => void>>;
beforeEach(() => {
  downloads = vi.fn<(name: string) => void>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:small-hellos');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads(this.download);
  });
});

afterEach(() => {
  location.hash = '';
});

describe('the day of the latest copy', () => {
  const thisYear = new Date().getFullYear();

  it('is said in the language’s own way of writing a day, with the year only when it is another', async () => {
    const restore = useBrowserLanguage('en-GB');
    try {
      await updateSettings({ savedCopy: { at: new Date(thisYear, 11, 3, 9).getTime(), entries: 0, offerSetAsideAt: 0 } });
      openYourData();
      expect(await screen.findByText('Last saved a copy on 3 Dec.')).toBeTruthy();
      await updateSettings({ savedCopy: { at: new Date(thisYear - 1, 11, 3, 9).getTime(), entries: 0, offerSetAsideAt: 0 } });
      expect(await screen.findByText(`Last saved a copy on 3 Dec ${thisYear - 1}.`)).toBeTruthy();
    } finally {
      restore();
    }
  });

  it('is said in German in German', async () => {
    const restore = useBrowserLanguage('de');
    try {
      await updateSettings({ savedCopy: { at: new Date(thisYear, 11, 3, 9).getTime(), entries: 0, offerSetAsideAt: 0 } });
      openYourData();
      expect(await screen.findByText('Am 3. Dez. zuletzt eine Kopie gespeichert.')).toBeTruthy();
    } finally {
      restore();
    }
  });

  it('is not mentioned before any copy was saved', async () => {
    await seedEverything();
    openYourData();
    await pageHasRead(5);
    expect(screen.queryByText(/^Last saved a copy/)).toBeNull();
  });
});

describe('the offer of a copy', () => {
  it('comes once twenty entries are here and none was saved, and after “Not now” stays away until twenty more are new', async () => {
    // Eight entries: two people, two details, two notes sent, two hellos noted.
    await seedEverything();
    await noteHellos(11);
    openYourData();
    await pageHasRead(16);
    expect(screen.queryByRole('group', { name: FIRST_OFFER })).toBeNull();

    await noteHellos(1);
    const offer = await screen.findByRole('group', { name: FIRST_OFFER });
    fireEvent.click(within(offer).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: FIRST_OFFER })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export everything' }));
    expect((await getSettings()).savedCopy.offerSetAsideAt).toBe(20);

    await noteHellos(19);
    await pageHasRead(36);
    expect(screen.queryByRole('group', { name: FIRST_OFFER }), 'nineteen more are not yet enough').toBeNull();
    await noteHellos(1);
    expect(await screen.findByRole('group', { name: FIRST_OFFER })).toBeTruthy();
    expect(downloads).not.toHaveBeenCalled();
  });

  it('saves a copy when taken up, says when, and then waits for twenty more new entries to offer a fresh one', async () => {
    await seedEverything();
    await noteHellos(12);
    openYourData();
    fireEvent.click(within(await screen.findByRole('group', { name: FIRST_OFFER })).getByRole('button', { name: 'Save a copy' }));
    expect(await screen.findByText('Your file is ready: your browser saves it like any download.')).toBeTruthy();
    expect(downloads).toHaveBeenCalledWith(expect.stringMatching(/^small-hellos-\d{4}-\d{2}-\d{2}\.json$/));
    expect(await screen.findByText(/^Last saved a copy on /)).toBeTruthy();
    expect(screen.queryByRole('group', { name: FIRST_OFFER })).toBeNull();

    await noteHellos(19);
    await pageHasRead(36);
    expect(screen.queryByRole('group', { name: FRESH_OFFER })).toBeNull();
    await noteHellos(1);
    expect(await screen.findByRole('group', { name: FRESH_OFFER })).toBeTruthy();
  });
});

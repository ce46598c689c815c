import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { exportEverything } from '../../../../src/db/backup';
import { ImportBackup } from '../../../../src/ui/options/data/ImportBackup';
import { everything, seedEverything } from '../../../support/sample-data';

/**
 * A long file through the page: its check shows how far it got, and it ends in what the
 * file holds or in plain words, never in a page that keeps saying it is reading.
 */
const REFUSED = 'This file was not imported, and nothing was changed.';

function choose(file: File) {
  const input = screen.getByLabelText('Choose a file to import');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** This profile's export, with `count` more rows of one kind (one by one: a spread of so many overflows). */
async function exportWith(table: 'hellos' | 'people', count: number, row: (id: number) => unknown): Promise<File> {
  const file = JSON.parse(await (await exportEverything()).text()) as { data: { data: { tableName: string; rows: unknown[] }[] } };
  const rows = file.data.data.find((part) => part.tableName === table)?.rows ?? [];
  for (let id = 1_000; id < 1_000 + count; id += 1) rows.push(row(id));
  return new File([JSON.stringify(file)], 'small-hellos.json', { type: 'application/json' });
}

/** Waits until the page has left its reading and checking behind, and says it stays left. */
async function doneReading() {
  await waitFor(() => expect(screen.queryByText(/^(Reading|Checking) the file/)).toBeNull(), { timeout: 30_000 });
}

beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await seedEverything();
});

describe('a long file', () => {
  it('takes 150,000 history entries, showing how far its check got, then what the file holds', async () => {
    const file = await exportWith('hellos', 150_000, (id) => ({ id, at: Date.UTC(2026, 0, 1), day: '2026-01-01' }));
    render(<ImportBackup />);
    choose(file);
    expect(await screen.findByText(/^Checking the file: [\d,]+ of 150,00\d entries$/, undefined, { timeout: 30_000 })).toBeTruthy();
    const holds = await screen.findByRole('group', { name: 'This file holds:' }, { timeout: 30_000 });
    expect(within(holds).getByText('History entries: 150,005')).toBeTruthy();
    await doneReading();
  }, 60_000);

  it('refuses 150,000 people in plain words that say the limit, and changes nothing', async () => {
    const file = await exportWith('people', 150_000, () => ({}));
    const before = await everything();
    render(<ImportBackup />);
    choose(file);
    const alert = await screen.findByRole('alert', undefined, { timeout: 30_000 });
    expect(alert.textContent).toBe(`${REFUSED} In people, there are more entries than Small Hellos takes from one file (at most 10,000).`);
    await doneReading();
    expect(await everything()).toEqual(before);
  }, 60_000);

  it('says so in plain words when the file cannot be read at all', async () => {
    const unreadable = new File(['{}'], 'small-hellos.json', { type: 'application/json' });
    Object.defineProperty(unreadable, 'text', { value: () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError')) });
    render(<ImportBackup />);
    choose(unreadable);
    expect((await screen.findByRole('alert')).textContent).toBe(`${REFUSED} Small Hellos could not read it. Please choose it again, or another copy.`);
    await doneReading();
  });
});

describe('writing a file', () => {
  it('shows how many entries are in while it writes, then what was imported', async () => {
    const file = new File([await (await exportEverything()).text()], 'small-hellos.json', { type: 'application/json' });
    render(<ImportBackup />);
    choose(file);
    fireEvent.click(within(await screen.findByRole('group', { name: 'This file holds:' })).getByRole('button', { name: 'Replace everything here' }));
    expect(await screen.findByText(/^Importing: \d of 8 entries$/)).toBeTruthy();
    expect(await screen.findByText('Imported: 2 people and 5 history entries.')).toBeTruthy();
    expect(screen.queryByText(/^Importing: /)).toBeNull();
  });
});

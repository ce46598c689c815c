import { fireEvent, render, screen } from '@testing-library/preact';
import { MAX_BACKUP_BYTES, type BackupProblem } from '../../../../src/core/backup';
import { exportEverything, readBackupFile } from '../../../../src/db/backup';
import { SCHEMA_VERSIONS } from '../../../../src/db/database';
import { ImportBackup } from '../../../../src/ui/options/data/ImportBackup';
import { problemText } from '../../../../src/ui/options/data/import-problems';
import { builtIns, changesSince, putBack } from '../../../support/built-ins';
import { everything, seedEverything } from '../../../support/sample-data';

/**
 * Every kind of bad file, taken through the page as a person imports it: refused, with the
 * problem named in plain words, the database (fake-indexeddb) exactly as it was, and the
 * language's own built-in objects untouched.
 */
const REFUSED = 'This file was not imported, and nothing was changed.';

function chooseFile(text: string, size?: number) {
  const file = new File([text], 'small-hellos.json', { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  const input = screen.getByLabelText('Choose a file to import');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

let good: Record<string, unknown>;
beforeEach(async () => {
  // The page notes the refused problem in the console for the person's own developer tools.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await seedEverything();
  good = JSON.parse(await (await exportEverything()).text()) as Record<string, unknown>;
});

// A hostile file has no type to keep to: the edits reach anywhere in it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const variant = (edit: (file: any) => void): string => {
  const copy = structuredClone(good);
  edit(copy);
  return JSON.stringify(copy);
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rows = (file: any, table: string) => file.data.data.find((t: { tableName: string }) => t.tableName === table).rows;
const text = () => JSON.stringify(good);
/** A `$types` mark on Maya's row, as a file may put one: "undef" asks for the field at `path` to be dropped. */
const marked = (path: string) => variant((f) => (rows(f, 'people')[0].$types = { [path]: 'undef' }));
const BAD_MARK = 'In people, entry 1 refers to a field it does not have, which a Small Hellos export never does.';
const HOSTILE_LINK = 'In history, entry 1 has a value that is wrong or missing.';
/** A history entry offering `link` as the profile of the person on `site`. */
const linked = (site: string, link: string) =>
  variant((f) => Object.assign(rows(f, 'nudges')[0], { site, suggestion: { ...rows(f, 'nudges')[0].suggestion, profileUrl: link } }));

const cases: [name: string, make: () => string, problem: Partial<BackupProblem>, says: string][] = [
  ['an empty file', () => '', { kind: 'empty' }, 'It is empty.'],
  ['plain text', () => 'Dear diary, today I wrote to Maya.', { kind: 'not-json' }, 'It is not a Small Hellos export: its contents cannot be read as JSON.'],
  ['a file cut off halfway', () => text().slice(0, 300), { kind: 'truncated' }, 'It stops partway through, as if the download or copy did not finish.'],
  [
    'a file cut off just after an inner }',
    () => text().slice(0, text().indexOf('}') + 1),
    { kind: 'truncated' },
    'It stops partway through, as if the download or copy did not finish.',
  ],
  ['JSON that is not an export', () => JSON.stringify({ people: [] }), { kind: 'not-a-backup' }, 'It is JSON, but not a Small Hellos export.'],
  [
    'an export of another database',
    () => variant((f) => (f.data.databaseName = 'notes-app')),
    { kind: 'other-database', name: 'notes-app' },
    'It is an export of something else (“notes-app”), not of Small Hellos.',
  ],
  [
    'a newer version',
    () => variant((f) => (f.data.databaseVersion = SCHEMA_VERSIONS.length + 1)),
    { kind: 'newer-version' },
    'It was made by a newer version of Small Hellos. Update the extension, then try again.',
  ],
  [
    'another version of the export format',
    () => variant((f) => (f.formatVersion = 2)),
    { kind: 'other-format-version', version: 2 },
    'It is an export, but in a form of the file Small Hellos cannot read.',
  ],
  [
    'a table Small Hellos does not keep',
    () => variant((f) => f.data.data.push({ tableName: 'passwords', inbound: true, rows: [] })),
    { kind: 'unknown-table', table: 'passwords' },
    'It holds a kind of data Small Hellos does not keep (“passwords”).',
  ],
  [
    'a __proto__ key',
    () => text().replace('"name":"Maya Lindqvist"', '"name":"Maya Lindqvist","__proto__":{"admin":true}'),
    { kind: 'forbidden-key', key: '__proto__' },
    'It contains a field named “__proto__”, which a Small Hellos export never has.',
  ],
  [
    'a constructor key',
    () => variant((f) => (rows(f, 'settings')[0].constructor = 'Object')),
    { kind: 'forbidden-key', key: 'constructor' },
    'It contains a field named “constructor”, which a Small Hellos export never has.',
  ],
  ['a file far too large', () => text(), { kind: 'too-large' }, 'It is far larger than any Small Hellos export.'],
  [
    'a huge name',
    () => variant((f) => (rows(f, 'people')[0].name = 'M'.repeat(1_000_000))),
    { kind: 'bad-row', table: 'people', row: 1, field: 'name' },
    'In people, entry 1 has a value that is wrong or missing.',
  ],
  [
    'a huge note',
    () => variant((f) => (rows(f, 'nudges')[0].finalText = 'x'.repeat(100_000))),
    { kind: 'bad-row', table: 'nudges', row: 1, field: 'finalText' },
    'In history, entry 1 has a value that is wrong or missing.',
  ],
  [
    'a wrong type',
    () => variant((f) => (rows(f, 'nudges')[1].shownAt = '2026-11-21')),
    { kind: 'bad-row', table: 'nudges', row: 2, field: 'shownAt' },
    'In history, entry 2 has a value that is wrong or missing.',
  ],
  [
    'a draft that is not text',
    () => variant((f) => (rows(f, 'nudges')[2].suggestion.draft = 42)),
    { kind: 'bad-row', table: 'nudges', row: 3, field: 'suggestion.draft' },
    'In history, entry 3 has a value that is wrong or missing.',
  ],
  [
    'an unexpected field',
    () => variant((f) => (rows(f, 'people')[1].script = '<img onerror=alert(1)>')),
    { kind: 'bad-row', table: 'people', row: 2, field: 'script' },
    'In people, entry 2 has a value that is wrong or missing.',
  ],
  [
    'a missing field',
    () => variant((f) => delete rows(f, 'people')[0].rhythm),
    { kind: 'bad-row', table: 'people', row: 1, field: 'rhythm' },
    'In people, entry 1 has a value that is wrong or missing.',
  ],
  [
    'a hello with a wrong type',
    () => variant((f) => (rows(f, 'hellos')[1].line = ['a', 'b'])),
    { kind: 'bad-row', table: 'hellos', row: 2, field: 'line' },
    'In hellos you noted, entry 2 has a value that is wrong or missing.',
  ],
  [
    'a date object in history',
    () => variant((f) => (rows(f, 'nudges')[0].$types = { sentAt: 'date' })),
    { kind: 'special-value', table: 'nudges', row: 1 },
    'In history, entry 1 holds a value of a type Small Hellos never saves.',
  ],
  [
    'a date object in a ritual',
    () => variant((f) => (rows(f, 'rituals')[0].$types = { createdAt: 'date' })),
    { kind: 'special-value', table: 'rituals', row: 1 },
    'In rituals, entry 1 holds a value of a type Small Hellos never saves.',
  ],
  [
    'the same id twice',
    () => variant((f) => rows(f, 'people').push({ ...rows(f, 'people')[0] })),
    { kind: 'duplicate-id', table: 'people', row: 3 },
    'In people, entry 3 appears twice.',
  ],
  [
    'a daily cap of 50',
    () => variant((f) => (rows(f, 'settings')[0].dailyCap = 50)),
    { kind: 'bad-row', table: 'settings', row: 1, field: 'dailyCap' },
    'In settings, entry 1 has a value that is wrong or missing.',
  ],
  [
    'an added site with another address',
    () => variant((f) => (rows(f, 'settings')[0].customSites[0].origin = 'https://evil.test')),
    { kind: 'bad-row', table: 'settings', row: 1 },
    'In settings, entry 1 has a value that is wrong or missing.',
  ],
  [
    'hours that start and end at the same time',
    () => variant((f) => Object.assign(rows(f, 'settings')[0], { activeFromMinutes: 540, activeUntilMinutes: 540 })),
    { kind: 'same-hours' },
    'Its settings have the hours for cards start and end at the same time, which Small Hellos never saves.',
  ],
  // Type marks that would lead out of the row, to the built-in objects every page shares.
  ['a mark reaching Object.prototype by __proto__', () => marked('__proto__.isPrototypeOf'), { kind: 'bad-mark', table: 'people', row: 1 }, BAD_MARK],
  [
    'a mark reaching Object.prototype by constructor',
    () => marked('constructor.prototype.propertyIsEnumerable'),
    { kind: 'bad-mark', table: 'people', row: 1 },
    BAD_MARK,
  ],
  ['a mark reaching Array.prototype', () => marked('memories.__proto__.includes'), { kind: 'bad-mark', table: 'people', row: 1 }, BAD_MARK],
  ['a mark reaching Function.prototype', () => marked('constructor.__proto__.call'), { kind: 'bad-mark', table: 'people', row: 1 }, BAD_MARK],
  ['a mark on an array’s length', () => marked('memories.length'), { kind: 'bad-mark', table: 'people', row: 1 }, BAD_MARK],
  ['a mark on a name only inherited', () => marked('toString'), { kind: 'bad-mark', table: 'people', row: 1 }, BAD_MARK],
  ['a mark on an inherited accessor', () => marked('handles.__proto__'), { kind: 'bad-mark', table: 'people', row: 1 }, BAD_MARK],
  ['a mark stepping into text', () => marked('name.length'), { kind: 'bad-mark', table: 'people', row: 1 }, BAD_MARK],
  // Links the person could open from the history.
  [
    'a script for a profile link',
    () => linked('bluesky', 'javascript:alert(document.cookie)'),
    { kind: 'bad-row', table: 'nudges', row: 1, field: 'suggestion.profileUrl' },
    HOSTILE_LINK,
  ],
  [
    'a profile link to another site',
    () => linked('bluesky', 'https://bsky.app.evil.example/profile/maya'),
    { kind: 'bad-row', table: 'nudges', row: 1, field: 'suggestion.profileUrl' },
    HOSTILE_LINK,
  ],
  [
    'a profile link that is not secure',
    () => linked('x', 'http://x.com/maya'),
    { kind: 'bad-row', table: 'nudges', row: 1, field: 'suggestion.profileUrl' },
    HOSTILE_LINK,
  ],
  [
    'a profile link on a site without profiles',
    () => linked('gmail', 'https://x.com/maya'),
    { kind: 'bad-row', table: 'nudges', row: 1, field: 'suggestion.profileUrl' },
    HOSTILE_LINK,
  ],
  [
    '150,000 people, far past the limit',
    () =>
      variant((f) => {
        const people = rows(f, 'people');
        // Rows are added one by one: a spread of this many overflows the stack.
        for (let row = 0; row < 150_000; row += 1) people.push({});
      }),
    { kind: 'too-many-rows', table: 'people', limit: 10_000 },
    'In people, there are more entries than Small Hellos takes from one file (at most 10,000).',
  ],
];

describe('a file that is refused', () => {
  const untouched = builtIns();
  afterEach(() => putBack(untouched));

  it.each(cases)('refuses %s, names the problem, and changes nothing', async (name, make, problem, says) => {
    const file = make();
    const tooLarge = problem.kind === 'too-large';
    if (!tooLarge) {
      const reading = await readBackupFile(file);
      expect(reading).toMatchObject({ ok: false, problem });
      if (!reading.ok) expect(problemText(reading.problem)).toBe(says);
      expect(changesSince(untouched), 'the built-in objects after reading the file').toEqual([]);
    }

    const before = await everything();
    render(<ImportBackup />);
    chooseFile(file, tooLarge ? MAX_BACKUP_BYTES + 1 : undefined);
    expect((await screen.findByRole('alert')).textContent, name).toBe(`${REFUSED} ${says}`);
    expect(screen.queryByRole('button', { name: 'Replace everything here' })).toBeNull();
    expect(await everything()).toEqual(before);
    expect(changesSince(untouched), 'the built-in objects after importing the file').toEqual([]);
    expect(Object.prototype).not.toHaveProperty('admin');
  });

  it('never shows the inner name of a field', () => {
    expect(problemText({ kind: 'bad-row', table: 'nudges', row: 3, field: 'suggestion.draft' })).toBe(
      'In history, entry 3 has a value that is wrong or missing.',
    );
  });
});

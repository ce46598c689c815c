import { fireEvent, render, screen, within } from '@testing-library/preact';
import { newNudge, type Nudge, type NudgeStatus } from '../../../../src/core/nudge';
import { db } from '../../../../src/db/database';
import { FIRST_PAGE, happenedPage } from '../../../../src/db/history';
import { HappenedList } from '../../../../src/ui/options/data/HappenedList';

const START = new Date(2020, 0, 1).getTime();
const HOUR = 3_600_000;

function entry(index: number, status: NudgeStatus): Nudge {
  const at = START + index * HOUR;
  return {
    ...newNudge({ origin: 'popup', suggestion: { templateId: 'ch_hello', prompt: `Idea ${index}`, draft: 'd' } }, at, 240),
    status,
    ...(status === 'sent' ? { sentAt: at } : {}),
  };
}

/** 300 entries, every third one sent (100 things that happened), and 20 hellos among them. */
async function seed(): Promise<void> {
  await db.nudges.bulkAdd(Array.from({ length: 300 }, (_, i) => entry(i, i % 3 === 0 ? 'sent' : 'dismissed')));
  await db.hellos.bulkAdd(Array.from({ length: 20 }, (_, i) => ({ at: START + (i * 15 + 0.5) * HOUR, day: '2020-01-01', line: `Hello ${i}` })));
}

describe('reading the whole history a page at a time', () => {
  it('gives every thing that happened once, newest first, and nothing that did not', async () => {
    await seed();
    const seen: number[] = [];
    let cursor: typeof FIRST_PAGE | undefined = FIRST_PAGE;
    let pages = 0;
    while (cursor) {
      const page = await happenedPage(cursor, 50);
      seen.push(...page.entries.map((e) => e.at));
      cursor = page.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
  });

  it('loses and doubles nothing where entries of the same moment meet a page’s end', async () => {
    // Notes imported or logged at one moment share it: 80 notes and 40 hellos, all at once.
    await db.nudges.bulkAdd(
      Array.from({ length: 80 }, (_, i) => ({ ...entry(0, 'sent'), suggestion: { templateId: 'ch_hello', prompt: `Idea ${i}`, draft: 'd' } })),
    );
    await db.hellos.bulkAdd(Array.from({ length: 40 }, (_, i) => ({ at: START, day: '2020-01-01', line: `Hello ${i}` })));
    const seen: string[] = [];
    let cursor: typeof FIRST_PAGE | undefined = FIRST_PAGE;
    while (cursor) {
      const page = await happenedPage(cursor, 50);
      seen.push(...page.entries.map((e) => (e.kind === 'note' ? `note ${e.nudge.id}` : `hello ${e.hello.id}`)));
      cursor = page.next;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('shows the latest page in the settings and the rest on "Show earlier"', async () => {
    await seed();
    render(<HappenedList />);
    const list = await screen.findByRole('list', { name: 'Everything that happened' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).queryByText('Idea 1')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show earlier' }));
    await screen.findByText('Idea 150');
    fireEvent.click(screen.getByRole('button', { name: 'Show earlier' }));
    await screen.findByText('Idea 0');
    expect(within(list).getAllByRole('listitem')).toHaveLength(120);
    expect(screen.queryByRole('button', { name: 'Show earlier' })).toBeNull();
  });

  it('names a site the person added by its host', async () => {
    await db.nudges.add({ ...entry(1, 'sent'), origin: 'page', site: 'custom:social:mastodon.social' });
    render(<HappenedList />);
    expect((await screen.findByText(/^mastodon\.social, /)).textContent).toMatch(/^mastodon\.social, /);
  });
});

/**
 * Version 7 adds the tables of sync. A database written by version 6 (its schema frozen
 * here as it shipped) opens with every row found, and sync off.
 */
import Dexie from 'dexie';
import { db } from '../../../src/db/database';
import { readSyncState } from '../../../src/db/sync-state';

const NOW = new Date(2026, 10, 25, 9, 0).getTime();

/** The stores as version 6 left them. */
const STORES_V6 = {
  nudges: '++id, shownAt, sentAt',
  settings: '&key',
  people: '++id, name',
  hellos: '++id, at, personId, ritualId',
  rituals: '++id, personId',
};

const ROWS_V6 = {
  nudges: [
    {
      id: 1,
      origin: 'popup',
      shownAt: NOW,
      day: '2026-11-25',
      status: 'sent',
      updatedAt: NOW,
      sentAt: NOW,
      suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you.' },
    },
  ],
  settings: [{ key: 'settings', dailyCap: 3, restDays: [0] }],
  people: [
    {
      id: 1,
      name: 'Jo Okafor',
      callName: 'Jo',
      handles: {},
      rhythm: 'weekly',
      preferredChannel: 'any',
      memories: [{ id: 'j1', text: 'your new job', kind: 'good-news' }],
      archived: false,
      createdAt: NOW,
    },
  ],
  hellos: [{ id: 1, at: NOW, day: '2026-11-25', personId: 1, personName: 'Jo Okafor', line: 'Coffee' }],
  rituals: [{ id: 1, what: 'Call Jo', personId: 1, weekday: 0, every: 'week', createdAt: NOW }],
};

it('opens a version 6 database at version 7 or later with every row found, and sync off', async () => {
  db.close();
  await db.delete();
  const old = new Dexie(db.name);
  old.version(6).stores(STORES_V6);
  await old.open();
  for (const [table, rows] of Object.entries(ROWS_V6)) await old.table(table).bulkAdd(rows);
  old.close();

  await db.open();
  expect(db.verno).toBeGreaterThanOrEqual(7);
  for (const [table, rows] of Object.entries(ROWS_V6)) expect(await db.table(table).toArray()).toEqual(rows);
  expect(await db.syncRecords.count()).toBe(0);
  expect(await readSyncState()).toMatchObject({ on: false, versions: {}, heardFrom: {} });
});

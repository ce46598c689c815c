import 'fake-indexeddb/auto';
import { afterEach, beforeEach, vi } from 'vitest';
import { db } from '../src/db/database';
import { fakeBrowser } from './support/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(async () => {
  // Each test starts from an empty database, opened fresh.
  db.close();
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.clearAllMocks();
});

import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { db } from '../src/db/database';
import { fakeBrowser } from './support/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

// On a busy machine a page can take longer than a second to answer: findBy and waitFor
// wait up to five (a test that passes still passes at once).
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  // Each test starts from an empty database, opened fresh.
  db.close();
  await db.delete();
  await db.open();
});

afterEach(() => {
  vi.clearAllMocks();
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Tests run from the repository's root, like `npm test`. */
const LOCALES_DIR = path.resolve('public/_locales');

/** The locales the extension ships, by folder name ("en", "de"); English first. */
export const LOCALES: readonly string[] = readdirSync(LOCALES_DIR).sort((a, b) => Number(b === 'en') - Number(a === 'en') || a.localeCompare(b));

const loaded = new Map<string, Record<string, LocaleEntry | undefined>>();

/** One locale's messages.json, as written. */
export function localeMessages(locale: string): Record<string, LocaleEntry | undefined> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, LocaleEntry | undefined>;
    loaded.set(locale, messages);
  }
  return messages;
}

/** `browser.i18n.getMessage` as Chromium resolves it in English. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  return getMessageIn('en', key, substitutions);
}

/** `browser.i18n.getMessage` as Chromium resolves it in `locale`: named placeholders, then $1…$9. */
export function getMessageIn(locale: string, key: string, substitutions?: string | string[]): string {
  const entry = localeMessages(locale)[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([a-zA-Z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? fill(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}

/** A storage area in memory, starting empty for every test file. */
function memoryArea() {
  const values = new Map<string, unknown>();
  const names = (keys: null | string | string[]) => (keys === null ? [...values.keys()] : typeof keys === 'string' ? [keys] : keys);
  return {
    get: vi.fn(async (keys: null | string | string[]) =>
      Object.fromEntries(
        names(keys)
          .filter((name) => values.has(name))
          .map((name) => [name, values.get(name)]),
      ),
    ),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.entries(items).forEach(([name, value]) => values.set(name, value))),
    remove: vi.fn(async (keys: string | string[]) => void names(keys).forEach((name) => values.delete(name))),
  };
}

/** The small part of the WebExtension API the extension pages use, for unit tests. */
export const fakeBrowser = {
  i18n: { getMessage: vi.fn(getMessage), getUILanguage: vi.fn(() => 'en') },
  runtime: {
    id: 'test-extension',
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    getURL: (path: string) => `chrome-extension://test-extension/${path.replace(/^\//, '')}`,
    onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    onStartup: { addListener: vi.fn() },
    onInstalled: { addListener: vi.fn() },
    openOptionsPage: vi.fn(async () => undefined),
    /** The built manifest's content script, as crxjs names it. */
    getManifest: () => ({ content_scripts: [{ js: ['src/content/index.js'] }] }),
  },
  tabs: {
    sendMessage: vi.fn(async (_tabId: number, _message: unknown, _options?: { frameId?: number }): Promise<unknown> => undefined),
    create: vi.fn(async (_details: { url: string }) => ({ id: 1 })),
  },
  action: {
    setTitle: vi.fn(async (_details: { title: string }) => undefined),
    setBadgeText: vi.fn(async (_details: { text: string }) => undefined),
    setBadgeBackgroundColor: vi.fn(async (_details: { color: string }) => undefined),
  },
  notifications: { create: vi.fn(async (_id: string, _options: { title: string; message: string }) => 'ritual') },
  /** Keyboard shortcuts the browser hands the background. */
  commands: { onCommand: { addListener: vi.fn() } },
  alarms: {
    onAlarm: { addListener: vi.fn() },
    create: vi.fn(async (_name: string, _info: { when?: number; delayInMinutes?: number }) => undefined),
    get: vi.fn(async (_name: string): Promise<{ name: string; scheduledTime: number } | undefined> => undefined),
    clear: vi.fn(async (_name: string) => true),
  },
  /** Sync's storage, empty (tests of sync hand their own areas to src/sync; the background listens here). */
  storage: { sync: memoryArea(), session: memoryArea(), onChanged: { addListener: vi.fn() } },
  /** Optional permissions (sites the person adds, notifications): none granted unless a test says so. */
  permissions: {
    contains: vi.fn(async (_permissions: { origins?: string[]; permissions?: string[] }) => false),
    request: vi.fn(async (_permissions: { origins?: string[]; permissions?: string[] }) => false),
    remove: vi.fn(async (_permissions: { origins?: string[]; permissions?: string[] }) => true),
    onRemoved: { addListener: vi.fn() },
  },
  /** Content scripts registered for sites the person adds. */
  scripting: {
    registerContentScripts: vi.fn(async (_scripts: { id: string; matches: string[]; js: string[] }[]) => undefined),
    unregisterContentScripts: vi.fn(async (_filter?: { ids?: string[] }) => undefined),
    getRegisteredContentScripts: vi.fn(async (_filter?: { ids?: string[] }): Promise<{ id: string }[]> => []),
    /** The stylesheet that holds an open card on its page (background/card-sheet.ts). */
    insertCSS: vi.fn(async (_injection: { target: { tabId: number; frameIds?: number[] }; css: string; origin?: string }) => undefined),
    removeCSS: vi.fn(async (_injection: { target: { tabId: number; frameIds?: number[] }; css: string; origin?: string }) => undefined),
  },
};

/**
 * Makes the fake answer as Chromium does when the browser's language is `uiLanguage`
 * ("de-AT"): words from `_locales/de_AT`, else `_locales/de`, else English. Returns a
 * function that goes back to English.
 */
export function useBrowserLanguage(uiLanguage: string): () => void {
  const [base = 'en'] = uiLanguage.split('-');
  const locale = [uiLanguage.replace('-', '_'), base].find((candidate) => LOCALES.includes(candidate)) ?? 'en';
  fakeBrowser.i18n.getMessage.mockImplementation((key: string, substitutions?: string | string[]) => getMessageIn(locale, key, substitutions));
  fakeBrowser.i18n.getUILanguage.mockImplementation(() => uiLanguage);
  return () => {
    fakeBrowser.i18n.getMessage.mockImplementation(getMessage);
    fakeBrowser.i18n.getUILanguage.mockImplementation(() => 'en');
  };
}

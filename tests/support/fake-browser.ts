import { vi } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `browser.i18n.getMessage` as Chromium resolves it: named placeholders, then $1…$9. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, LocaleEntry | undefined>)[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([a-zA-Z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  }).replace(/\$\$/g, '$');
}

/** The small part of the WebExtension API the extension pages use, for unit tests. */
export const fakeBrowser = {
  i18n: { getMessage: vi.fn(getMessage), getUILanguage: () => 'en' },
  runtime: {
    id: 'test-extension',
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    getURL: (path: string) => `chrome-extension://test-extension/${path.replace(/^\//, '')}`,
    onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    openOptionsPage: vi.fn(async () => undefined),
  },
  tabs: {
    sendMessage: vi.fn(async (_tabId: number, _message: unknown, _options?: { frameId?: number }): Promise<unknown> => undefined),
  },
  action: { setTitle: vi.fn(async (_details: { title: string }) => undefined) },
  alarms: {
    create: vi.fn(async (_name: string, _info: { when: number }) => undefined),
    clear: vi.fn(async (_name: string) => true),
  },
};

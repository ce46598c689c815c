/**
 * The store's copy of the privacy policy (store/<locale>/privacy-policy.md, what a store
 * links to or shows) says word for word what the extension's own privacy page says, in
 * every language it ships. After the words change, `npm run store:policy` writes the
 * copies again (SMALL_HELLOS_WRITE_POLICY=1 in front of this test).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MessageKey } from '../../../src/i18n';
import { POLICY } from '../../../src/ui/privacy/policy';
import { getMessageIn, LOCALES } from '../../support/fake-browser';

const WRITE = Boolean(process.env.SMALL_HELLOS_WRITE_POLICY);

/** The policy as Markdown: the page's headings, paragraphs and lists, in the page's order. */
function policyMarkdown(locale: string): string {
  const words = (key: MessageKey) => getMessageIn(locale, key);
  const blocks = [`# ${words(POLICY.title)}`, words(POLICY.lead)];
  for (const section of POLICY.sections) {
    blocks.push(`## ${words(section.heading)}`, ...section.paragraphs.map(words));
    if (section.points.length > 0) blocks.push(section.points.map((point) => `- ${words(point)}`).join('\n'));
  }
  blocks.push(words(POLICY.closing));
  return `${blocks.join('\n\n')}\n`;
}

describe.each(LOCALES)('the store listing in %s', (locale) => {
  const file = path.join('store', locale, 'privacy-policy.md');

  it('holds the privacy policy the extension shows, word for word', () => {
    const expected = policyMarkdown(locale);
    if (WRITE) writeFileSync(file, expected);
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });
});

import messages from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { GENERIC_TEMPLATES } from '../../../src/core/templates';
import { t, translate } from '../../../src/i18n';
import { getMessage } from '../../support/fake-browser';

/** Everything a person can read in the English locale (descriptions are for translators). */
const localeMessages = Object.entries(messages as Record<string, { message: string }>).map(([key, entry]) => ({
  key,
  text: entry.message,
}));
const SHAMING = [/overdue/i, /streak/i, /you haven[’']?t/i, /you have not/i, /missed/i, /too long/i];
const PARTS = ['prompt', 'draft'] as const;

const texts = GENERIC_TEMPLATES.flatMap((template) =>
  PARTS.map((part) => ({ key: `tpl_${template.id}_${part}`, text: getMessage(`tpl_${template.id}_${part}`) })),
);

describe('the generic templates', () => {
  it('have unique ids', () => {
    const ids = GENERIC_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each fit at least one routine moment', () => {
    for (const template of GENERIC_TEMPLATES) expect(template.moments.length).toBeGreaterThan(0);
  });

  it.each(texts)('have words for $key in the English locale', ({ text }) => {
    expect(text.trim()).not.toBe('');
  });

  it.each(texts)('keep $key to at most 280 characters', ({ text }) => {
    expect([...text].length).toBeLessThanOrEqual(280);
  });

  it.each(texts)('leave no unfilled placeholder in $key', ({ text }) => {
    expect(text).not.toMatch(/\$[A-Za-z0-9_]*\$/);
    expect(text).not.toMatch(/\$\d/);
  });

  it.each(texts)('never shame in $key', ({ text }) => {
    for (const word of SHAMING) expect(text).not.toMatch(word);
  });
});

describe('the English locale', () => {
  it('has words for every message', () => {
    expect(localeMessages.length).toBeGreaterThan(GENERIC_TEMPLATES.length * 2);
    for (const { text } of localeMessages) expect(text.trim()).not.toBe('');
  });

  it('never shames in any message', () => {
    for (const { text } of localeMessages) for (const word of SHAMING) expect(text).not.toMatch(word);
  });

  it('uses at most one exclamation mark in all its messages together', () => {
    const count = localeMessages.reduce((sum, { text }) => sum + (text.match(/!/g)?.length ?? 0), 0);
    expect(count).toBeLessThanOrEqual(1);
  });
});

describe('reading words through the extension’s i18n helpers', () => {
  it('reads a fixed message from the English locale', () => {
    expect(t('extName')).toBe(messages.extName.message);
  });

  it('reads each template’s words as suggest will', () => {
    for (const { key, text } of texts) expect(translate(key)).toBe(text);
  });

  it('shows a missing key as itself rather than a blank', () => {
    expect(translate('tpl_no_such_template_draft')).toBe('tpl_no_such_template_draft');
  });
});

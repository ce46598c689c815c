/**
 * Axe's WCAG 2.2 AA rules on the sync views of Your data, in every language the
 * extension speaks, light and dark: the explanation, the passphrase chosen twice with a
 * problem named, sync on, and the question before turning it off.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { builtLocales, expectAccessible, message, startBrowser, type Session } from './helpers';

describe.each(builtLocales())('accessibility of sync, in %s', (locale) => {
  let browser: Session;
  const words = (key: string) => message(locale, key);

  beforeAll(async () => {
    browser = await startBrowser(locale === 'en' ? {} : { locale });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has no WCAG 2.2 AA violations from turning sync on to the question before turning it off', { timeout: 120_000 }, async () => {
    const data = await browser.context.newPage();
    await data.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#data`);
    await data.getByRole('button', { name: words('syncTurnOn') }).click();
    await data.getByLabel(words('syncPassphrase'), { exact: true }).fill('short');
    await data.getByRole('button', { name: words('syncStart'), exact: true }).click();
    await data.getByText(words('syncTooShort')).waitFor();
    await expectAccessible(data, 'sync: a passphrase too short');

    await data.getByLabel(words('syncPassphrase'), { exact: true }).fill('walnut harbour lantern');
    await data.getByLabel(words('syncPassphraseAgain')).fill('walnut harbour lantern');
    await data.getByRole('button', { name: words('syncStart'), exact: true }).click();
    await data.getByText(words('syncStarted')).waitFor();
    await expectAccessible(data, 'sync on');

    await data.getByRole('button', { name: words('syncTurnOff') }).click();
    await data.getByText(words('syncTurnOffQuestion')).waitFor();
    await expectAccessible(data, 'sync: the question before turning it off');
    await data.close();
  });
});

/**
 * The pages that speak at length (the welcome, the support section, the settings), read in
 * German word for word, as the English stories read them in English: a German sentence
 * that went missing, stayed English or lost a placeholder fails here by its words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE, expectNoCard, startBrowser, type Session } from './helpers';

describe('Small Hellos word for word in German', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser({ locale: 'de', settings: { cooldownMinutes: 0, dailyCap: 5 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function extensionPage(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}${path}`);
    return page;
  }

  it('welcomes in German: how often it speaks, how to quiet it, and one person to start with', async () => {
    const welcome = await extensionPage('/src/ui/welcome/index.html');
    await welcome.getByRole('heading', { name: 'Willkommen bei Small Hellos', level: 1 }).waitFor();
    // How often it speaks comes once the settings are read.
    await welcome.getByRole('heading', { name: 'Wie oft es sich meldet', level: 2 }).waitFor();
    const text = await welcome.locator('main').innerText();
    expect(text).toContain('Höchstens 5 Karten am Tag, mit Zeit dazwischen.');
    expect(text).toContain('Zu jeder Stunde, so wie du es eingestellt hast.');
    expect(text).toMatch(/Nur auf diesen Seiten: Gmail, Outlook, .+ und Slack\./);
    expect(text).toContain('Das lernt Small Hellos hier auf diesem Gerät, und unter Wann kannst du es ausschalten oder löschen.');
    expect(text).toContain('„Jetzt nicht“ legt eine Karte weg. Die nächste lässt sich Zeit.');
    expect(text).toContain('„Heute wenig Kraft“ hält alle Karten bis morgen fern.');
    expect(text).toContain('Alles, was du einträgst, bleibt auf diesem Gerät. Nichts wird irgendwohin geschickt, und es gibt kein Konto.');
    expect(text).toContain('Small Hellos schickt nie selbst eine Nachricht und tippt nie in eine Seite. Du schickst.');

    await welcome.getByRole('textbox', { name: 'Name', exact: true }).fill('Maya Lind');
    await welcome.getByRole('button', { name: 'Eintragen', exact: true }).click();
    await welcome.getByText('Maya Lind steht jetzt in deiner Liste. Small Hellos schlägt vielleicht ein Hallo vor, wenn der Moment passt.').waitFor();
    await welcome.close();
  });

  it('offers support in German, and the lines of Germany once it is chosen', async () => {
    const support = await extensionPage('/src/ui/options/index.html#support');
    await support.getByRole('heading', { name: 'Unterstützung', level: 2 }).waitFor();
    // Playwright's Chromium reports English as the page's languages whatever its words are,
    // so the country is chosen here as a person would (the default is unit-tested).
    await support.getByLabel('Anlaufstellen für').selectOption({ label: 'Deutschland' });
    await support.getByText('TelefonSeelsorge').waitFor();
    const text = await support.locator('main').innerText();
    expect(text).toContain('Small Hellos ist ein kleiner Begleiter, um in Verbindung zu bleiben. Es ist keine Therapie und kein Notdienst.');
    expect(text).toContain('Wenn du gerade in Gefahr bist, ruf die 112 an.');
    expect(text).toContain('TelefonSeelsorge');
    expect(text).toContain('0800 111 0 111');
    expect(await support.getByRole('link', { name: 'Find A Helpline' }).getAttribute('href')).toBe('https://findahelpline.com');
    await support.close();
  });

  it('says what the settings did, and what they refused and why, in German', async () => {
    const where = await extensionPage('/src/ui/options/index.html#where');
    await where.getByRole('group', { name: 'Feeds' }).getByRole('switch', { name: 'LinkedIn' }).uncheck();
    await where.getByText('Gespeichert.').waitFor();
    const linkedin = await browser.open(SITE.linkedin);
    expect(await expectNoCard(linkedin)).toEqual(['disabled-moment']);
    await linkedin.close();

    await where.getByLabel('Adresse').fill('keine Seite');
    await where.getByRole('button', { name: 'Seite hinzufügen' }).click();
    await where.getByText('Das sieht nicht wie die Adresse einer Website aus. Versuch es etwa mit mastodon.social.').waitFor();
    await where.close();

    const when = await extensionPage('/src/ui/options/index.html#when');
    await when.getByLabel('Von', { exact: true }).fill('09:00');
    await when.getByText('Gespeichert.').waitFor();
    await when.getByLabel('Bis', { exact: true }).fill('09:00');
    await when
      .getByText(
        'Von und Bis sind dieselbe Uhrzeit, deshalb wurde nichts geändert. Wähl zwei verschiedene Uhrzeiten oder 00:00 und 00:00, wenn Karten zu jeder Stunde kommen dürfen.',
      )
      .waitFor();
    await when.close();
  });
});

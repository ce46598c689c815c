/**
 * Learning when cards are welcome is the person's: a switch in When, on by default, and
 * Forget what was learned, on the settings page as they use it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettingsIn, readStoreIn } from '../../scripts/chromium.mjs';
import { SITE, startBrowser, waitForVisibleCard, type Session } from './helpers';

interface LearningRow {
  state: { learnedThrough: number; receptivity: { moments: Record<string, number> } };
}

const learned = async (page: Page) => ((await readStoreIn(page, 'learning')) as LearningRow[])[0]?.state;

describe('learning, chosen on the settings page', () => {
  let browser: Session;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('counts a moment, forgets it on Forget, and switches off', async () => {
    const gmail = await browser.open(SITE.gmail);
    await waitForVisibleCard(gmail);
    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html#when`);
    expect(Object.keys((await learned(settings))?.receptivity.moments ?? {})).toHaveLength(1);

    await settings.getByRole('button', { name: 'Forget what was learned' }).click();
    await settings.getByText('Cleared. Small Hellos starts learning again from now.').waitFor();
    const state = await learned(settings);
    expect(state?.receptivity.moments).toEqual({});
    expect(state?.learnedThrough).toBeGreaterThan(0);

    const learning = settings.getByRole('switch', { name: 'Learn when cards are welcome' });
    expect(await learning.isChecked()).toBe(true);
    await learning.uncheck();
    await expect.poll(async () => (await readSettingsIn(settings)).learningOn).toBe(false);
  });
});

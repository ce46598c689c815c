#!/usr/bin/env node
/**
 * The demo behind `npm start` (after `vite build`): Chromium with the extension, the Gmail
 * fixture served at https://mail.google.com/, and the card on it. Saves demo.png in the repo
 * root and prints its path.
 *
 * Headed when there is a display (and not in CI): the browser stays open until its window is
 * closed. Headless otherwise: it exits once the screenshot is saved. `--keep-open` keeps the
 * browser running in either case, until the window is closed or Ctrl+C.
 */
import path from 'node:path';
import { ALL_DAY, ROOT, launchWithExtension, pastEnergyQuestion, serveFixtures, setSettings, waitForCard } from './chromium.mjs';

const keepOpenFlag = process.argv.includes('--keep-open');
const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true';
const keepOpen = headed || keepOpenFlag;
const screenshotPath = path.join(ROOT, 'demo.png');

const { context, extensionId, close } = await launchWithExtension({ headless: !headed });
try {
  await serveFixtures(context);
  // Default active hours are 08:00–21:00; the demo should work at any hour.
  await setSettings(context, extensionId, ALL_DAY);
  await addDemoPerson(context, extensionId);

  const page = context.pages()[0] ?? (await context.newPage());
  await page.bringToFront();
  const started = Date.now();
  await page.goto('https://mail.google.com/mail/u/0/');
  const card = await waitForCard(page, { timeout: 10_000 });
  const shownAfter = Date.now() - started;
  // The first card of a day asks today's energy on its own; the picture shows an idea.
  await pastEnergyQuestion(card);
  // Let a fade-in finish before the picture.
  await page.waitForTimeout(400);
  await page.screenshot({ path: screenshotPath });
  const { width, height } = (await (await card.frameElement()).boundingBox()) ?? { width: 0, height: 0 };
  console.log(`Card shown on the Gmail fixture after ${shownAfter} ms (${Math.round(width)}×${Math.round(height)} px).`);
  console.log(screenshotPath);
} catch (error) {
  await close();
  throw error;
}

/** Adds one person through the options page, as someone trying Small Hellos would. */
async function addDemoPerson(/** @type {import('playwright-core').BrowserContext} */ context, /** @type {string} */ id) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/src/ui/options/index.html`);
  await options.getByRole('button', { name: 'Add person', exact: true }).click();
  await options.getByRole('textbox', { name: 'Name', exact: true }).fill('Sam');
  await options.getByRole('textbox', { name: 'Email', exact: true }).fill('sam@example.com');
  const detail = options.getByRole('textbox', { name: 'Detail 1', exact: true });
  if ((await detail.count()) === 0) await options.getByRole('button', { name: 'Add a detail', exact: true }).click();
  // Written as one would say it to Sam, and marked as an interest: the card can ask about it.
  await detail.fill('your allotment');
  await options.getByRole('radio', { name: 'An interest', exact: true }).check();
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
}

if (keepOpen) {
  console.log(headed ? 'Close the browser window to finish.' : 'Press Ctrl+C to finish.');
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise((resolve) => context.once('close', resolve));
  // Removes the temporary profile; closing a closed browser is harmless.
  await close();
} else {
  await close();
}

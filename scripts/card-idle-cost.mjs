#!/usr/bin/env node
/**
 * What a card nobody touches costs the page in Firefox, where the card cannot tell by
 * itself whether it is seen and asks the content script instead (`check-seen`, each one a
 * look at the page's layout on its main thread). Opens Gmail's stand-in with the Firefox
 * build (dist-firefox/), lets a card come, keeps the pointer and the keyboard away from it
 * for 30 s, and prints how many times the card asked, and how long those asks took from
 * the card's side. Run `npm run build:firefox` first. Prints figures; passes or fails nothing.
 */
/* global document, window -- used only in functions that run in the browser (evaluate) */
import { setTimeout as sleep } from 'node:timers/promises';
import { ALL_DAY, launchFirefoxWithExtension, serveFixtures, setSettings, waitForCard } from './firefox.mjs';

const WATCH_MS = Number(process.env.WATCH_MS || 30_000);

const firefox = await launchFirefoxWithExtension();
try {
  await setSettings(firefox.browser, ALL_DAY);
  const page = await firefox.browser.newPage();
  await serveFixtures(page, { fixtures: { 'mail.google.com': 'gmail.html' } });
  // The pointer rests in the page's top left corner, far from the card.
  await page.goto('https://mail.google.com/mail/u/0/');
  const card = await waitForCard(page, { timeout: 10_000 });
  await page.mouse.move(10, 10);
  // Counts every request the card sends about whether it is seen, in the card's own frame.
  await card.evaluate(() => {
    const runtime = /** @type {{ runtime: { sendMessage(message: unknown): Promise<unknown> } }} */ (/** @type {unknown} */ (window.browser)).runtime;
    const send = runtime.sendMessage.bind(runtime);
    const tally = { asks: 0, ms: 0 };
    Object.assign(window, { smallHellosTally: tally });
    runtime.sendMessage = async (message) => {
      const asking = /** @type {{ message?: { kind?: string } }} */ (message)?.message?.kind === 'check-seen';
      const started = performance.now();
      try {
        return await send(message);
      } finally {
        if (asking) {
          tally.asks += 1;
          tally.ms += performance.now() - started;
        }
      }
    };
  });
  await sleep(WATCH_MS);
  const tally = await card.evaluate(() => /** @type {{ smallHellosTally: { asks: number, ms: number } }} */ (/** @type {unknown} */ (window)).smallHellosTally);
  const stillThere = (await page.evaluate(() => [...document.documentElement.children].some((child) => child.localName.includes('-')))) ? 'yes' : 'no';
  console.log(`Firefox, a card nobody touches, over ${WATCH_MS / 1000} s:`);
  console.log(`  check-seen asks      ${tally.asks}`);
  console.log(`  time in those asks   ${tally.ms.toFixed(0)} ms (round trips card → background → content script, summed)`);
  console.log(`  card still on page   ${stillThere}`);
} finally {
  await firefox.close();
}

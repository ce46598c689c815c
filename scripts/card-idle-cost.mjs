#!/usr/bin/env node
/**
 * What a card nobody touches costs the page in Firefox, where the card cannot tell by
 * itself whether it is seen and asks the content script instead (`check-seen`, each one a
 * look at the page's layout on its main thread). Opens Gmail's stand-in with the Firefox
 * build (dist-firefox/), lets a card come, keeps the pointer and the keyboard away from it
 * for 30 s, and prints how many times the card asked, and how long those asks took from
 * the card's side. Run `npm run build:firefox` first. Prints figures; passes or fails nothing.
 */
/* global document -- used only in functions that run in the browser (evaluate) */
import { setTimeout as sleep } from 'node:timers/promises';
import { cardAsks, countCardAsks } from './card-asks.mjs';
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
  await countCardAsks(card);
  await sleep(WATCH_MS);
  const tally = await cardAsks(card);
  const stillThere = (await page.evaluate(() => [...document.documentElement.children].some((child) => child.localName.includes('-')))) ? 'yes' : 'no';
  console.log(`Firefox, a card nobody touches, over ${WATCH_MS / 1000} s:`);
  console.log(`  check-seen asks      ${tally.asks}`);
  console.log(`  time in those asks   ${tally.ms.toFixed(0)} ms (round trips card → background → content script, summed)`);
  console.log(`  card still on page   ${stillThere}`);
} finally {
  await firefox.close();
}

#!/usr/bin/env node
/**
 * `npm run screenshots` (after `vite build`): the store's screenshots, 1280 × 800, taken
 * from the built extension on the e2e fixtures, in English and German, light and dark: the
 * card on mail, the draft, the popup with small wins, the settings' people and the support
 * page. Written to store/screenshots/<locale>/<scheme>/, and the three the README shows to
 * docs/screenshots/. Each picture is checked before it is kept: its size, and that it is not
 * blank (a page that failed to draw is one colour). With `--check` (as `npm test` runs it)
 * the pictures go to a temporary folder and the repository is left as it is.
 */
/* global document, requestAnimationFrame, createImageBitmap, OffscreenCanvas -- used only in functions that run in the browser (evaluate) */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_DAY, ROOT, launchWithExtension, pastEnergyQuestion, serveFixtures, setSettings, startWriting, waitForCard } from './chromium.mjs';
import { seedPeopleAndWins } from './screenshots/seed.mjs';

/** @typedef {import('playwright-core').Page} Page */

const WIDTH = 1280;
const HEIGHT = 800;
const LOCALES = ['en', 'de'];
const SCHEMES = /** @type {const} */ (['light', 'dark']);
/** The pictures the README shows, from English in the light scheme. */
const IN_README = ['1-card', '2-draft', '3-popup'];
const CHECK_ONLY = process.argv.includes('--check');
/** Where the store's pictures go: the repository's store/, or a folder of their own when only checking. */
const OUT = CHECK_ONLY ? await mkdtemp(path.join(tmpdir(), 'small-hellos-screenshots-')) : path.join(ROOT, 'store', 'screenshots');
/** Fewer colours than this, and the picture is taken as blank. */
const MIN_COLOURS = 16;

/**
 * Checks a PNG in the browser that took it: its size in pixels, and how many colours it
 * holds. Returns what is wrong, or nothing.
 *
 * @param {Page} page
 * @param {Buffer} png
 */
async function problemWith(page, png) {
  const { width, height, colours } = await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = /** @type {OffscreenCanvasRenderingContext2D} */ (canvas.getContext('2d'));
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const seen = new Set();
    // Every 97th pixel is plenty to tell a drawn page from a blank one.
    for (let index = 0; index < pixels.length && seen.size < 1000; index += 4 * 97)
      seen.add((pixels[index] << 16) | (pixels[index + 1] << 8) | pixels[index + 2]);
    return { width: image.width, height: image.height, colours: seen.size };
  }, png.toString('base64'));
  if (width !== WIDTH || height !== HEIGHT) return `it is ${width} × ${height}, not ${WIDTH} × ${HEIGHT}`;
  if (colours < MIN_COLOURS) return `it looks blank (${colours} colours)`;
  return undefined;
}

/**
 * Takes one picture of `page` in both schemes, checks each and writes it down.
 *
 * @param {Page} page
 * @param {string} locale
 * @param {string} name
 * @param {string[]} written
 */
async function picture(page, locale, name, written) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    // Two frames: the scheme's styles are applied and painted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const png = await page.screenshot();
    const problem = await problemWith(page, png);
    if (problem) throw new Error(`The ${locale} ${colorScheme} screenshot ${name}: ${problem}.`);
    const file = path.join(OUT, locale, colorScheme, `${name}.png`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, png);
    written.push(CHECK_ONLY ? file : path.relative(ROOT, file));
    if (!CHECK_ONLY && locale === 'en' && colorScheme === 'light' && IN_README.includes(name)) {
      const copy = path.join(ROOT, 'docs', 'screenshots', `${name}.png`);
      await mkdir(path.dirname(copy), { recursive: true });
      await writeFile(copy, png);
    }
  }
}

/**
 * Waits until the card's box on the page has kept its size for a few frames: it grows for
 * the note, and its frame paints the new size a moment later.
 *
 * @param {Page} page
 */
async function settled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const host = [...document.documentElement.children].find((element) => element.localName.includes('-'));
        let last = '';
        let same = 0;
        const look = () => {
          const { width, height } = host?.getBoundingClientRect() ?? { width: 0, height: 0 };
          const size = `${width}x${height}`;
          same = size === last ? same + 1 : 0;
          last = size;
          if (same >= 10) resolve(undefined);
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
}

/**
 * Every picture in one language, in one browser that speaks it.
 *
 * @param {string} locale
 * @param {string[]} written
 */
async function picturesIn(locale, written) {
  const { context, extensionId, close } = await launchWithExtension({ headless: true, locale });
  try {
    const own = (/** @type {string} */ page) => `chrome-extension://${extensionId}/${page}`;
    await serveFixtures(context);
    await setSettings(context, extensionId, ALL_DAY);
    await seedPeopleAndWins(context, extensionId, locale);

    const mail = await context.newPage();
    await mail.setViewportSize({ width: WIDTH, height: HEIGHT });
    await mail.goto('https://mail.google.com/mail/u/0/');
    const card = await waitForCard(mail, { timeout: 10_000 });
    await pastEnergyQuestion(card);
    await picture(mail, locale, '1-card', written);
    await startWriting(card);
    await settled(mail);
    await picture(mail, locale, '2-draft', written);

    for (const [name, address] of [
      ['3-popup', own('src/ui/popup/index.html')],
      ['4-people', own('src/ui/options/index.html#people')],
      ['5-support', own('src/ui/options/index.html#support')],
    ]) {
      const page = await context.newPage();
      await page.setViewportSize({ width: WIDTH, height: HEIGHT });
      await page.goto(address);
      await page.locator('main').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      await picture(page, locale, name, written);
      await page.close();
    }
  } finally {
    await close();
  }
}

const written = [];
for (const locale of LOCALES) await picturesIn(locale, written);
console.log(`${written.length} screenshots, ${WIDTH} × ${HEIGHT}, none blank:\n  ${written.join('\n  ')}`);

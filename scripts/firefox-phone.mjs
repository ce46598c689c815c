/**
 * Firefox as a phone, for tests: desktop Firefox ESR with a phone-sized window, a touch
 * screen's media features and touch input, and a phone's user agent. Firefox for Android
 * itself is not driven here (no device or emulator): this is as close as desktop Firefox
 * comes, and what it leaves out is said in README.md ("On a phone").
 */
/* global document, getComputedStyle -- used only in functions that run in the browser (evaluate) */
import { launchFirefoxWithExtension, pointInCard, waitForCardToMakeUpItsMind, waitUntil } from './firefox.mjs';

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').Frame} Frame */
/** @typedef {import('./firefox.mjs').LaunchedFirefox} LaunchedFirefox */

/** A common phone's size in CSS pixels. */
export const PHONE_VIEWPORT = { width: 360, height: 640 };

/** Firefox for Android's user agent (a Pixel on Android 14). */
export const PHONE_USER_AGENT = 'Mozilla/5.0 (Android 14; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0';

/**
 * Prefs that make desktop Firefox a phone to its pages: `(pointer: coarse)` and
 * `(hover: none)` match (1 is a coarse pointer without hover), touch events exist, and the
 * user agent is Firefox for Android's. WebDriver BiDi's `emulation.setTouchOverride`
 * (Puppeteer's `hasTouch`) sets only the number of touch points, not these media features,
 * and Firefox ESR 153 has no `emulation.setUserAgentOverride` (Puppeteer's `setUserAgent`).
 */
const PHONE_PREFS = {
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
  'dom.w3c_touch_events.enabled': 1,
  'general.useragent.override': PHONE_USER_AGENT,
};

/**
 * Starts Firefox with the add-on, as a phone: each page 360 × 640 with a touch screen and
 * a phone's user agent. Open pages with `openAsPhone` so they also get touch points.
 *
 * @returns {Promise<LaunchedFirefox>}
 */
export function launchFirefoxAsPhone() {
  return launchFirefoxWithExtension({ prefs: PHONE_PREFS, viewport: PHONE_VIEWPORT });
}

/**
 * Gives a new, blank `page` a phone's touch points through WebDriver BiDi's
 * `emulation.setTouchOverride`. Puppeteer's own way (`setViewport` with `hasTouch`) also
 * overrides the screen orientation, which Firefox ESR 153 refuses (an unknown command), so
 * the command is sent to the page's browsing context directly. Returns whether Firefox took
 * it; the page size and a touch screen's media features come from the launch.
 *
 * @param {Page} page
 * @returns {Promise<boolean>}
 */
export async function openAsPhone(page) {
  const context = /** @type {{ browsingContext?: { setTouchOverride(points: number | null): Promise<void> } }} */ (/** @type {unknown} */ (page.mainFrame()))
    .browsingContext;
  if (!context) return false;
  return context.setTouchOverride(1).then(
    () => true,
    () => false,
  );
}

/**
 * Taps the control with this role and name in the card with a finger (touch input over
 * BiDi: pointerType "touch"), at its place on the page, once the card has told whether it
 * is seen, as a person looks before tapping. The point is found by hand as in
 * `clickInCard`: Firefox cannot tell Puppeteer where a frame sits in its page.
 *
 * @param {Page} page
 * @param {Frame} card
 * @param {string} role
 * @param {string} name
 */
export async function tapInCard(page, card, role, name) {
  const point = await pointInCard(page, card, role, name);
  await waitForCardToMakeUpItsMind(card);
  await page.touchscreen.tap(Math.round(point.x), Math.round(point.y));
}

/**
 * The controls of a document smaller than `min` CSS pixels either way, and the text set
 * smaller than `minText`, each named so a failure says which. Only what is shown counts.
 *
 * @param {Page | Frame} where
 * @param {{ min?: number, minText?: number }} [limits]
 * @returns {Promise<{ small: string[], smallText: string[] }>}
 */
export function tooSmallForFingers(where, { min = 44, minText = 16 } = {}) {
  return where.evaluate(
    (min, minText) => {
      const shown = (/** @type {Element} */ element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible';
      const name = (/** @type {Element} */ element) =>
        `${element.localName} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
      // A link inside a sentence is exempt (WCAG 2.5.8, inline): the sentence sets its size.
      const inSentence = (/** @type {Element} */ element) =>
        element.localName === 'a' && [...(element.parentElement?.childNodes ?? [])].some((node) => node.nodeType === 3 && node.textContent?.trim());
      const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="button"]')].filter(
        (control) => shown(control) && !inSentence(control),
      );
      const small = controls
        .map((control) => {
          // A checkbox or radio is reached through its label, the target a finger finds.
          const target = control.matches('input[type="checkbox"], input[type="radio"]') ? (control.closest('label') ?? control) : control;
          const { width, height } = target.getBoundingClientRect();
          return width + 0.5 < min || height + 0.5 < min ? `${name(control)} ${Math.round(width)}×${Math.round(height)}` : '';
        })
        .filter(Boolean);
      const texts = [...document.body.querySelectorAll('*')].filter(
        (element) => shown(element) && [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()),
      );
      const smallText = texts
        .filter((element) => !element.closest('.visually-hidden') && parseFloat(getComputedStyle(element).fontSize) < minText)
        .map((element) => `${name(element)} ${getComputedStyle(element).fontSize}`);
      return { small, smallText };
    },
    min,
    minText,
  );
}

/**
 * Whether `page` scrolls sideways: wider content than its window.
 *
 * @param {Page} page
 * @returns {Promise<number>} how many CSS pixels too wide (0 when it fits)
 */
export function sidewaysOverflow(page) {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

export { waitUntil };

/**
 * What every end-to-end story needs: a fresh browser profile with the extension from dist/,
 * the catalogue sites served from fixtures, and ways to look at the page as a person (and
 * as the host page's own scripts) would.
 */
import { expect } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import {
  ALL_DAY,
  POPUP_PATH,
  cardFrame,
  launchWithExtension,
  serveFixtures,
  setSettings,
  stopExtensionWorker,
  waitForCard,
  waitUntil,
  type NetworkLog,
} from '../../scripts/chromium.mjs';
import { axeViolations } from './axe';

export { closeCard, waitForCardGone } from './card-gone';
export {
  builtLocales,
  cardBox,
  cardFrame,
  askAnotherIdea,
  ensureWrittenIdea,
  message,
  moveNudgesBack,
  pastEnergyQuestion,
  readNudges,
  readSettingsIn,
  setSettings,
  startWriting,
  waitUntil,
} from '../../scripts/chromium.mjs';

/** A believable address on each catalogue site the stories visit. */
export const SITE = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.live.com/mail/0/',
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  reddit: 'https://www.reddit.com/r/houseplants/',
} as const;

/**
 * What the content script said about the current document of each page: it writes to the
 * console of the person's own developer tools (never to the page) why no card came, or
 * that it waits until the tab is seen.
 */
const said = new WeakMap<Page, string[]>();

function listen(page: Page): void {
  said.set(page, []);
  page.on('console', (message) => {
    if (message.text().startsWith('Small Hellos:')) said.get(page)?.push(message.text());
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) said.set(page, []);
  });
}

/** What the content script has said on this page since it last navigated. */
export function contentScriptSaid(page: Page): string[] {
  return said.get(page) ?? [];
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  network: NetworkLog;
  /** Every address the test itself opened, in order. */
  navigated: string[];
  popupUrl: string;
  /** The welcome tab the install opened, when `keepWelcome` asked for it (else it was closed). */
  welcome: Page | undefined;
  /** Opens `url` in a new tab, as a person would. */
  open(url: string): Promise<Page>;
  /** Opens the toolbar popup's page in a tab. */
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A fresh profile with the extension, fixtures served, and nudges allowed at any hour
 * (the default active hours would make the run depend on the clock). With `locale` ("de")
 * the browser speaks that language.
 */
export async function startBrowser(
  options: { fixtures?: Record<string, string>; settings?: Record<string, unknown>; locale?: string; timezone?: string; keepWelcome?: boolean } = {},
): Promise<Session> {
  const { context, extensionId, close, welcome } = await launchWithExtension({
    headless: true,
    keepWelcome: options.keepWelcome === true,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.timezone ? { timezone: options.timezone } : {}),
  });
  try {
    context.setDefaultTimeout(10_000);
    for (const page of context.pages()) listen(page);
    context.on('page', listen);
    const network = await serveFixtures(context, { fixtures: options.fixtures ?? {} });
    await setSettings(context, extensionId, { ...ALL_DAY, ...options.settings });
    const navigated: string[] = [];
    const popupUrl = `chrome-extension://${extensionId}${POPUP_PATH}`;
    // The first tab Chromium opens stays blank; stories open their own.
    return {
      context,
      extensionId,
      network,
      navigated,
      popupUrl,
      welcome,
      async open(url) {
        const page = await context.newPage();
        navigated.push(url);
        await page.goto(url);
        return page;
      },
      async openPopup() {
        const page = await context.newPage();
        await page.goto(popupUrl);
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Adds someone on the settings page, as a person would: a name, an email and one detail of
 * the kind named ("A hard time"), with its day (yyyy-mm-dd) for something coming up.
 */
export async function addPerson(browser: Session, person: { name: string; email: string; detail: string; kind: string; day?: string }): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/ui/options/index.html`);
  await options.getByRole('button', { name: 'Add person', exact: true }).click();
  await options.getByRole('textbox', { name: 'Name', exact: true }).fill(person.name);
  await options.getByRole('textbox', { name: 'Email', exact: true }).fill(person.email);
  if ((await options.getByRole('textbox', { name: 'Detail 1', exact: true }).count()) === 0) {
    await options.getByRole('button', { name: 'Add a detail', exact: true }).click();
  }
  await options.getByRole('textbox', { name: 'Detail 1', exact: true }).fill(person.detail);
  await options.getByRole('radio', { name: person.kind, exact: true }).check();
  if (person.day) await options.getByLabel('Its day', { exact: true }).fill(person.day);
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
}

/** Waits until a card is showing, with room on the page, and returns its frame. */
export async function waitForVisibleCard(page: Page, timeout = 5_000): Promise<Frame> {
  return waitForCard(page, { timeout });
}

/**
 * Waits for the background's answer to the page's moment: 'card' once a card is there,
 * else the reason it gave for none (as the content script wrote it to the console).
 */
export async function momentAnswer(page: Page): Promise<string> {
  return waitUntil(
    () => {
      if (cardFrame(page)) return 'card';
      const line = contentScriptSaid(page).find((said) => said.startsWith('Small Hellos: no card this time'));
      return line ? (/\((.+)\)/.exec(line)?.[1] ?? line) : '';
    },
    { timeout: 5_000, what: `the background's answer on ${page.url()}` },
  );
}

/**
 * Whether the extension's content script runs in `page`'s document, read from DevTools: it
 * runs in a world of its own, named by the extension's origin. The script is injected at
 * `document_idle`, by the time the load event has been handled, so the answer is final once
 * the page has loaded and run one more task.
 */
export async function contentScriptRuns(browser: Session, page: Page): Promise<boolean> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const devtools = await browser.context.newCDPSession(page);
  const worlds: string[] = [];
  devtools.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context.origin));
  try {
    // Enabling reports every world that already exists, before it answers.
    await devtools.send('Runtime.enable');
  } finally {
    await devtools.detach();
  }
  return worlds.includes(`chrome-extension://${browser.extensionId}`);
}

/** Waits for the background's answer on each page and asserts no card came. Returns the reasons, one per page. */
export async function expectNoCard(...pages: Page[]): Promise<string[]> {
  const reasons: string[] = [];
  for (const page of pages) {
    const answer = await momentAnswer(page);
    expect(answer, `a card appeared on ${page.url()}`).not.toBe('card');
    expect(cardFrame(page), `a card appeared on ${page.url()}`).toBeUndefined();
    reasons.push(answer);
  }
  return reasons;
}

/** The words a person reads on the card. */
export async function cardText(card: Frame): Promise<string> {
  return card.locator('body').innerText();
}

/**
 * Everything the host page's own scripts can read: its markup, its text, and the contents
 * of every shadow root it can reach (open ones; a closed root is out of its reach).
 */
export async function whatThePageCanRead(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.documentElement.outerHTML, document.body.innerText];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          parts.push(element.shadowRoot.innerHTML);
          visit(element.shadowRoot);
        }
      }
    };
    visit(document);
    return parts.join('\n');
  });
}

/** Asserts none of `secrets` (the card's words) can be read by the host page. */
export async function expectPageCannotRead(page: Page, secrets: string[]): Promise<void> {
  const readable = await whatThePageCanRead(page);
  for (const secret of secrets) expect(readable, 'the host page can read the card').not.toContain(secret);
}

/** Lines of card text long enough that finding them in the page would be no coincidence. */
export function distinctiveLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 12);
}

/** The history list in the popup, newest first, one string per entry. */
export async function historyEntries(popup: Page): Promise<string[]> {
  const history = popup.getByRole('region', { name: 'History' });
  return history.getByRole('listitem').allInnerTexts();
}

/** Stops the extension's service worker (see scripts/chromium.mjs). */
export async function stopServiceWorker(browser: Session, page: Page): Promise<void> {
  await stopExtensionWorker(browser.context, browser.extensionId, page);
}

/** The rules every view is held to: WCAG 2.2 AA, as axe tags them. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type ColorScheme = 'light' | 'dark';
/** The scheme each page was last shown in (a page starts light). */
const schemes = new WeakMap<Page, ColorScheme>();

/**
 * Axe's WCAG 2.2 AA rules on the page as it is now, in the light and the dark scheme: the
 * one it is in first, then the other. `target` is an extension page, or a card's frame in
 * the page that shows it (checked as the person sees it, at its own size).
 */
export async function expectAccessible(target: Page | Frame, what: string): Promise<void> {
  const page = 'mainFrame' in target ? target : target.page();
  const first = schemes.get(page) ?? 'light';
  for (const colorScheme of [first, first === 'light' ? 'dark' : 'light'] as const) {
    const switching = schemes.get(page) !== colorScheme;
    if (switching) {
      await page.emulateMedia({ colorScheme });
      schemes.set(page, colorScheme);
    }
    // Colour transitions (the scheme's, or a control's just used) end before contrast is measured.
    await target.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    });
    // Every document checked here is one of the extension's, so axe runs in it alone: no
    // blank page is opened to merge frames' results.
    expect(await axeViolations(target, WCAG_22_AA), `${what}, ${colorScheme}`).toEqual([]);
  }
}

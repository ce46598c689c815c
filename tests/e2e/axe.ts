/**
 * Axe's rules, run inside the page as it is now. axe-core is put into a document once and
 * then run there as often as a story asks (each scheme, each step): putting its half a
 * megabyte of script in again for every run cost several times the run itself.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

type WithAxe = typeof globalThis & { axe?: typeof axe };

/** Puts axe-core into every frame of `page` that has none yet (a reload or a new address drops it). */
async function ensureAxeIn(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    try {
      if (await frame.evaluate(() => Boolean((globalThis as WithAxe).axe))) continue;
      await frame.evaluate(axe.source);
      await frame.evaluate(() => (globalThis as WithAxe).axe?.configure({ allowedOrigins: ['<same_origin>'] }));
    } catch {
      // A frame that went away or refuses scripts is left out, as axe's own Playwright runner does.
    }
  }
}

/** Every violation of the rules tagged `tags` on the page as it is now, one line each: the rule and where. */
export async function axeViolations(page: Page, tags: string[]): Promise<string[]> {
  await ensureAxeIn(page);
  return page.evaluate(async (tags) => {
    const run = (globalThis as WithAxe).axe;
    if (!run) throw new Error('axe-core is not in the page');
    const { violations } = await run.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, tags);
}

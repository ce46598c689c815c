/**
 * Axe's rules, run inside the page as it is now. axe-core is put into a document once and
 * then run there as often as a story asks (each scheme, each step): putting its half a
 * megabyte of script in again for every run cost several times the run itself.
 */
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

type WithAxe = typeof globalThis & { axe?: typeof axe };

/** Puts axe-core into every frame of `frames` that has none yet (a reload or a new address drops it). */
async function ensureAxeIn(frames: Frame[]): Promise<void> {
  for (const frame of frames) {
    try {
      if (await frame.evaluate(() => Boolean((globalThis as WithAxe).axe))) continue;
      await frame.evaluate(axe.source);
      await frame.evaluate(() => (globalThis as WithAxe).axe?.configure({ allowedOrigins: ['<same_origin>'] }));
    } catch {
      // A frame that went away or refuses scripts is left out, as axe's own Playwright runner does.
    }
  }
}

/**
 * Every violation of the rules tagged `tags` in the document as it is now, one line each:
 * the rule and where. `target` is a page, or one frame in a page (a card where it is shown).
 */
export async function axeViolations(target: Page | Frame, tags: string[]): Promise<string[]> {
  const frame = 'mainFrame' in target ? target.mainFrame() : target;
  await ensureAxeIn([frame, ...frame.childFrames()]);
  return frame.evaluate(async (tags) => {
    const run = (globalThis as WithAxe).axe;
    if (!run) throw new Error('axe-core is not in the page');
    const { violations } = await run.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, tags);
}

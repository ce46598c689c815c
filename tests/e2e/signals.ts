/**
 * Signals to wait on where a story checks that nothing happens, instead of a fixed sleep:
 * each resolves once the thing that would have happened has had its chance.
 */
import type { Frame, Page } from 'playwright-core';
import { LINGER_MS } from '../../src/ui/nudge/what-the-page-sees';
import type { Session } from './helpers';

/**
 * Resolves in the frame's own page once every timer it set for what it shows now, for up
 * to LINGER_MS (the calm lines that close by themselves), has run: once the page has had
 * a frame, or 100 ms, to run its effects (where such timers are set), a timer of LINGER_MS
 * set after them fires after any of them. A check that something stays waits on this.
 */
export async function lingerHasPassedIn(frame: Frame): Promise<void> {
  await frame.evaluate(
    (linger) =>
      new Promise<void>((resolve) => {
        let started = false;
        const start = () => {
          if (started) return;
          started = true;
          setTimeout(() => setTimeout(resolve, linger));
        };
        requestAnimationFrame(start);
        setTimeout(start, 100);
      }),
    LINGER_MS,
  );
}

/** The browser's own list of its tabs' addresses, read through DevTools at this moment. */
export async function openTabs(browser: Session, page: Page): Promise<string[]> {
  const devtools = await browser.context.newCDPSession(page);
  try {
    const { targetInfos } = await devtools.send('Target.getTargets');
    return targetInfos.filter((target) => target.type === 'page').map((target) => target.url);
  } finally {
    await devtools.detach();
  }
}

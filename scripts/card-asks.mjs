/**
 * What a card asks of the page's side in Firefox, counted from inside the card's frame: where
 * the card cannot tell by itself whether it is seen, each ask is relayed through the
 * background to the content script, which looks at the page's layout on its main thread.
 * Used by scripts/card-idle-cost.mjs and the Firefox trust story. Plain ESM with JSDoc types.
 */
/* global window -- used only in functions that run in the browser (evaluate) */

/** @typedef {import('puppeteer-core').Frame} Frame */

/**
 * From now on, counts each time the card asks the page's side whether it is seen
 * (`check-seen`, relayed through the background to the content script), and the time those
 * asks take from the card's side, by wrapping the card's own messaging in its frame.
 * Read the count with `cardAsks`.
 *
 * @param {Frame} card
 */
export async function countCardAsks(card) {
  await card.evaluate(() => {
    const runtime = /** @type {{ runtime: { sendMessage(message: unknown): Promise<unknown> } }} */ (/** @type {unknown} */ (window.browser)).runtime;
    const send = runtime.sendMessage.bind(runtime);
    const tally = { asks: 0, ms: 0 };
    Object.assign(window, { smallHellosAsks: tally });
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
}

/**
 * How often the card has asked since `countCardAsks`, and how long those asks took in all.
 *
 * @param {Frame} card
 * @returns {Promise<{ asks: number, ms: number }>}
 */
export async function cardAsks(card) {
  return card.evaluate(() => /** @type {{ smallHellosAsks: { asks: number, ms: number } }} */ (/** @type {unknown} */ (window)).smallHellosAsks);
}

import browser from 'webextension-polyfill';

/** A dot, not a number: something is here today, nothing is owed. */
const DOT = '•';
/** The theme's sage, never red. */
const CALM = '#2f6f62';

/** The toolbar icon's soft dot, while a ritual is due. */
export async function showRitualDot(show: boolean): Promise<void> {
  await browser.action.setBadgeText({ text: show ? DOT : '' });
  if (show) await browser.action.setBadgeBackgroundColor({ color: CALM });
}

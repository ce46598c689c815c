import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from '../../src/background/router';
import type { NudgeView } from '../../src/messages';

/** Who speaks to the background in the unit tests: a Gmail tab, a card framed in it, the popup. */
export const GMAIL_TAB: Runtime.MessageSender = {
  id: 'test-extension',
  url: 'https://mail.google.com/mail/u/0/#inbox',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
export const CARD: Runtime.MessageSender = {
  id: 'test-extension',
  url: 'chrome-extension://3f1c2a9e-dynamic/src/ui/nudge/index.html?id=1',
  frameId: 12,
  tab: GMAIL_TAB.tab,
};
export const POPUP: Runtime.MessageSender = { id: 'test-extension', url: 'chrome-extension://test-extension/src/ui/popup/index.html' };

/** A moment on Gmail that brings a card; its nudge id. */
export async function showCard(sender: Runtime.MessageSender = GMAIL_TAB): Promise<number> {
  const reply = await handleMessage({ type: 'moment' }, sender);
  if (!reply.ok || !(reply.value as { show: boolean }).show) throw new Error(`no card: ${JSON.stringify(reply)}`);
  return (reply.value as { nudgeId: number }).nudgeId;
}

/** What the card with this id is shown. */
export async function cardView(id: number): Promise<NudgeView> {
  const reply = await handleMessage({ type: 'nudge-get', id }, CARD);
  if (!reply.ok) throw new Error(`no view: ${reply.error}`);
  return reply.value as NudgeView;
}

/** The popup's idea for today. */
export async function popupView(): Promise<NudgeView> {
  const reply = await handleMessage({ type: 'nudge-today' }, POPUP);
  if (!reply.ok) throw new Error(`no idea: ${reply.error}`);
  return reply.value as NudgeView;
}

/**
 * The content script: once the person can see the tab, again each time it comes back into
 * view, and when the page moves within itself, announces a routine moment and, when the
 * background says a nudge is due, hosts the card. The background alone says whether a
 * return or a move is a new moment (away long enough, into the inbox or the feed, not the
 * same moment again): this script only tells it when the tab goes and comes, and where a
 * move began. It stays tiny and personal-data-free: the card is an extension page in an
 * iframe inside a closed shadow root, so the host page sees an empty frame, and the card's
 * words reach this script through the extension's own messaging, never through the page's
 * window.
 */
import type { FocusCard, HostDelivery, HostToCard, MomentReply, Reply } from '../messages';
import type { Arrival } from '../core/return-moment';
import type { Corner, PhonePlace } from '../core/settings';
import { hostStyle } from './host-style';
import { looksSeen } from './seen';

/** Messages from the extension itself only: a page can never send to this listener. */
type OnMessage = (message: unknown, sender: unknown, respond: (answer: HostToCard) => void) => boolean | undefined;

declare const chrome: {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: { addListener(listener: OnMessage): void; removeListener(listener: OnMessage): void };
  };
  i18n: { getMessage(key: string): string };
};

const CARD_PAGE = 'src/ui/nudge/index.html';
/** How often the card is put back after the page takes it away, before giving up. */
const MAX_PUT_BACKS = 3;
/** How often an open card checks that the extension is still there (reloaded, updated, off). */
const ALIVE_CHECK_MS = 500;
/** How long after a click a single-page site has usually moved, where the browser cannot say. */
const MOVE_SETTLE_MS = 1_000;

/** Whether this script still belongs to a running extension; after a reload or update it does not. */
function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

/** A word to the background that wants no answer; a broken background must never break the page. */
function tell(message: unknown): void {
  chrome.runtime.sendMessage(message).catch(() => undefined);
}

function randomTagName(): string {
  const letters = Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => String.fromCharCode(97 + (byte % 26)));
  return `${letters.slice(0, 4).join('')}-${letters.slice(4).join('')}`;
}

/** Inline and !important so that no stylesheet of the page can move or hide the card. */
function pin(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, 'important');
}

/** While a card is on this page, coming back to it asks for nothing more. */
let cardOnPage = false;
/**
 * Puts the card away while the person has not seen it yet: the tab hid or the page went
 * before it appeared, so it gives the day's place back (`card-unseen`).
 */
let leaveUnseen: (() => void) | undefined;

function mountCard(nudgeId: number, initialCorner: Corner, phonePlace: PhonePlace, displayBy?: string): void {
  cardOnPage = true;
  const host = document.createElement(randomTagName());
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = `${chrome.runtime.getURL(CARD_PAGE)}?id=${nudgeId}&corner=${initialCorner}`;
  frame.title = chrome.i18n.getMessage('extName');
  frame.allow = 'clipboard-write';
  pin(frame, { all: 'initial', display: 'block', width: '100%', height: '100%', border: '0', 'color-scheme': 'normal' });
  shadow.append(frame);

  let corner = initialCorner;
  let height = 0;
  let expectedStyle = '';
  let putBacks = 0;
  // Where the keyboard was before it went into the card, to go back there.
  let returnTo: HTMLElement | undefined;
  const rememberFocus = (event: FocusEvent): void => {
    if (event.target !== host && event.target instanceof HTMLElement) returnTo = event.target;
  };
  const giveFocusBack = (): void => {
    if (returnTo?.isConnected) returnTo.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  };

  const restyle = (): void => {
    host.setAttribute('style', '');
    pin(host, hostStyle(corner, phonePlace, height, displayBy));
    expectedStyle = host.getAttribute('style') ?? '';
  };

  const remove = (): void => {
    cardOnPage = false;
    leaveUnseen = undefined;
    const cardHadFocus = document.activeElement === host;
    document.removeEventListener('focusin', rememberFocus, true);
    guard.disconnect();
    clearInterval(aliveCheck);
    window.removeEventListener('resize', restyle);
    // After a reload the old runtime may throw on any use: the card goes all the same.
    try {
      chrome.runtime.onMessage.removeListener(onCardMessage);
    } catch {
      // Nothing to stop listening to.
    }
    host.remove();
    if (cardHadFocus) giveFocusBack();
    // Nothing of ours stays: the sheet that showed the card goes too (a dead extension's went with it).
    if (displayBy && extensionAlive()) tell({ type: 'card-gone', displayBy });
  };

  // The card leaves unused (the page kept taking it away, or nobody came to it): forgotten,
  // it does not count against the day.
  const putAway = (): void => {
    remove();
    tell({ type: 'card-unseen', id: nudgeId });
  };

  // Put back what the page takes away or restyles, a few times only: a page that keeps
  // fighting wins, and the card, never seen, is put away.
  const guard = new MutationObserver(() => {
    const moved = host.parentNode !== document.documentElement;
    if (!moved && host.getAttribute('style') === expectedStyle) return;
    if (!extensionAlive()) return remove();
    putBacks += 1;
    if (putBacks > MAX_PUT_BACKS) return putAway();
    if (moved) document.documentElement.append(host);
    restyle();
  });

  // Gone means gone: once the extension is reloaded, updated or switched off, its frame is
  // dead, so the card leaves and nothing guards it any more. Meanwhile, where the card
  // cannot tell it was seen (Firefox tells it only once someone comes to it), the page's
  // side stands in: in plain view at two checks in a row, it was seen.
  let lookedSeen = false;
  const aliveCheck = setInterval(() => {
    if (!extensionAlive()) return remove();
    if (!leaveUnseen) return undefined;
    const looks = tabSeen() && looksSeen(host);
    if (looks && lookedSeen) leaveUnseen = undefined;
    lookedSeen = looks;
    return undefined;
  }, ALIVE_CHECK_MS);

  // The card's words, relayed by the background: its height, its corner, close, and
  // (where the browser cannot tell the card) whether it can be seen.
  const onCardMessage: OnMessage = (delivery, _sender, respond) => {
    // The "go to the card, and back" shortcut.
    if ((delivery as Partial<FocusCard> | null)?.smallHellosFocus === true) {
      if (document.activeElement === host) giveFocusBack();
      else frame.focus();
      return undefined;
    }
    const { smallHellosCard, message } = (delivery ?? {}) as Partial<HostDelivery>;
    if (smallHellosCard !== nudgeId || !message) return undefined;
    if (message.kind === 'close') remove();
    else if (message.kind === 'put-away') putAway();
    else if (message.kind === 'height') {
      height = Math.ceil(message.height);
      restyle();
    } else if (message.kind === 'corner') {
      corner = message.corner;
      restyle();
    } else if (message.kind === 'check-seen') respond({ kind: 'seen', seen: looksSeen(host) });
    else if (message.kind === 'seen') leaveUnseen = undefined;
    return undefined;
  };
  leaveUnseen = putAway;
  chrome.runtime.onMessage.addListener(onCardMessage);
  document.addEventListener('focusin', rememberFocus, true);
  if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) returnTo = document.activeElement;
  window.addEventListener('resize', restyle);

  restyle();
  document.documentElement.append(host);
  guard.observe(document.documentElement, { childList: true });
  guard.observe(host, { attributes: true });
}

/** Whether the person can see this tab: not while it loads in the background or is prerendered. */
function tabSeen(): boolean {
  return document.visibilityState === 'visible' && !(document as { prerendering?: boolean }).prerendering;
}

function whenSeen(): Promise<void> {
  return new Promise((resolve) => {
    if (tabSeen()) return resolve();
    const check = () => {
      if (!tabSeen()) return;
      document.removeEventListener('visibilitychange', check);
      document.removeEventListener('prerenderingchange', check);
      resolve();
    };
    document.addEventListener('visibilitychange', check);
    document.addEventListener('prerenderingchange', check);
  });
}

async function askForMoment(arrival: Arrival, from?: string): Promise<void> {
  const reply = (await chrome.runtime.sendMessage({ type: 'moment', arrival, ...(from === undefined ? {} : { from, to: location.href }) })) as
    Reply<MomentReply> | undefined;
  if (reply?.ok && reply.value.show) {
    // Two asks crossed and the first brought a card: the second was never seen.
    if (cardOnPage) return tell({ type: 'card-unseen', id: reply.value.nudgeId });
    return mountCard(reply.value.nudgeId, reply.value.corner, reply.value.phonePlace, reply.value.displayBy);
  }
  // Only in the console of the person's own developer tools: the page cannot read it.
  const why = reply === undefined ? 'no answer' : reply.ok ? (reply.value.show ? '' : reply.value.reason) : reply.error;
  console.debug(`Small Hellos: no card this time (${why}).`);
}

/** Coming back to the tab, or to the page from the back/forward cache: perhaps a moment again. */
function askAgain(arrival: Exclude<Arrival, 'opened'> = 'returned', from?: string): void {
  if (!cardOnPage && extensionAlive()) askForMoment(arrival, from).catch(() => undefined);
}

/** Where in the page the person is: a move into the inbox or the feed may be a moment (core/site-places.ts). */
let place = location.href;
function checkPlace(): void {
  const from = place;
  place = location.href;
  if (from !== place && tabSeen()) askAgain('moved', from);
}

/**
 * Hears the page move without a load: the browser's own word where it has one, else a
 * look after each click (a single-page site moves on a click), a hash change or Back.
 */
function followMoves(): void {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', checkPlace);
  else document.addEventListener('click', () => setTimeout(checkPlace, MOVE_SETTLE_MS), { capture: true, passive: true });
  window.addEventListener('hashchange', checkPlace);
  window.addEventListener('popstate', checkPlace);
}

async function announceMoment(): Promise<void> {
  if (!tabSeen()) console.debug('Small Hellos: waiting until this tab is seen.');
  await whenSeen();
  await askForMoment('opened').finally(() => {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        leaveUnseen?.();
        if (extensionAlive()) tell({ type: 'moment-away' });
      } else if (tabSeen()) askAgain();
    });
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) askAgain();
    });
    window.addEventListener('pagehide', () => leaveUnseen?.());
    followMoves();
  });
}

// A broken background must never break the page; the card simply does not appear.
announceMoment().catch(() => undefined);

/**
 * The content script: announces a routine moment and, when the background says a nudge is
 * due, hosts the card. It stays tiny and personal-data-free: the card is an extension page
 * in an iframe inside a closed shadow root, so the host page sees an empty frame.
 */
import { FRAME_MESSAGE_KEY, type MomentReply, type Reply } from '../messages';

declare const chrome: {
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  i18n: { getMessage(key: string): string };
};

const CARD_PAGE = 'src/ui/nudge/index.html';
const MAX_HEIGHT = 640;

function randomTagName(): string {
  const letters = Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => String.fromCharCode(97 + (byte % 26)));
  return `${letters.slice(0, 4).join('')}-${letters.slice(4).join('')}`;
}

/** Inline and !important so that no stylesheet of the page can move or hide the card. */
function pin(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, 'important');
}

const HOST_STYLE = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  right: '16px',
  bottom: '16px',
  width: '360px',
  'max-width': 'calc(100vw - 32px)',
  height: '0px',
  margin: '0',
  padding: '0',
  border: '0',
  'z-index': '2147483647',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  'pointer-events': 'auto',
};

function mountCard(nudgeId: number): void {
  const host = document.createElement(randomTagName());
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = `${chrome.runtime.getURL(CARD_PAGE)}?id=${nudgeId}`;
  frame.title = chrome.i18n.getMessage('extName');
  frame.allow = 'clipboard-write';
  pin(frame, { all: 'initial', display: 'block', width: '100%', height: '100%', border: '0', 'color-scheme': 'normal' });
  shadow.append(frame);

  const style = { ...HOST_STYLE };
  let expectedStyle = '';
  const restyle = (): void => {
    host.setAttribute('style', '');
    pin(host, style);
    expectedStyle = host.getAttribute('style') ?? '';
  };
  restyle();

  // With use_dynamic_url the frame's address has a per-session id, while its messages come
  // from the extension's own origin; Firefox uses one origin for both.
  const cardOrigins = [new URL(frame.src).origin, `chrome-extension://${chrome.runtime.id}`];
  // Put back anything the page takes away or restyles while the card is open.
  const guard = new MutationObserver(() => {
    if (!host.isConnected) document.documentElement.append(host);
    if (host.getAttribute('style') !== expectedStyle) restyle();
  });

  const onMessage = (event: MessageEvent): void => {
    // Only the card itself may speak: the page can neither forge its window nor its origin.
    if (event.source !== frame.contentWindow || !cardOrigins.includes(event.origin)) return;
    const data = event.data as Record<string, unknown> | null;
    const kind = data?.[FRAME_MESSAGE_KEY];
    if (kind === 'close') {
      guard.disconnect();
      window.removeEventListener('message', onMessage);
      host.remove();
    } else if (kind === 'resize' && typeof data?.height === 'number' && Number.isFinite(data.height)) {
      style.height = `${Math.min(Math.max(Math.ceil(data.height), 0), MAX_HEIGHT)}px`;
      restyle();
    }
  };
  window.addEventListener('message', onMessage);

  document.documentElement.append(host);
  guard.observe(document.documentElement, { childList: true });
  guard.observe(host, { attributes: true });
}

async function announceMoment(): Promise<void> {
  const reply = (await chrome.runtime.sendMessage({ type: 'moment' })) as Reply<MomentReply> | undefined;
  if (reply?.ok && reply.value.show) mountCard(reply.value.nudgeId);
}

// A broken background must never break the page; the card simply does not appear.
announceMoment().catch(() => undefined);

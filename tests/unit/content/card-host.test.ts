/**
 * How the content script hosts a card and lets it go: what stays on the page, and what it
 * tells the background, when the card closes, is put away, or the page keeps taking it.
 * Importing the script starts it, as loading a catalogue page would; the `chrome` API it
 * uses is faked, with a background that shows a card held by a sheet named `--qwertyui`.
 */
import type { CardToHost, HostDelivery } from '../../../src/messages';

type Listener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => unknown;

const NUDGE = 42;
const DISPLAY_BY = '--qwertyui';
let sendMessage: ReturnType<typeof vi.fn>;
let listeners: Listener[];
let phonePlace: 'bottom' | 'top';

beforeEach(() => {
  // The card's own page is not what is tested here: its frame stays empty (happy-dom loads no page).
  const createElement = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((name: string) => {
    const element = createElement(name);
    if (element instanceof HTMLIFrameElement) element.srcdoc = '';
    return element;
  });
  listeners = [];
  phonePlace = 'bottom';
  sendMessage = vi.fn(async (message: { type: string }) =>
    message.type === 'moment'
      ? { ok: true, value: { show: true, nudgeId: NUDGE, corner: 'right', phonePlace, displayBy: DISPLAY_BY } }
      : { ok: true, value: {} },
  );
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'small-hellos',
      sendMessage,
      getURL: (path: string) => `chrome-extension://small-hellos/${path}`,
      onMessage: {
        addListener: (listener: Listener) => listeners.push(listener),
        removeListener: (listener: Listener) => (listeners = listeners.filter((other) => other !== listener)),
      },
    },
    i18n: { getMessage: () => 'Small Hellos' },
  });
});

afterEach(() => {
  for (const child of [...document.documentElement.children]) if (child !== document.head && child !== document.body) child.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Lets everything already queued run: the script's requests, and its observers' answers to the page. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What the page finds on <html> besides its own head and body. */
const foreign = () => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body);

/** Loads the content script afresh, as a new page would, and waits until its card is there. */
async function cardOnPage(): Promise<Element> {
  vi.resetModules();
  await import('../../../src/content/index');
  await vi.waitFor(() => expect(foreign()).toHaveLength(1));
  const [host] = foreign();
  if (!host) throw new Error('No card');
  return host;
}

/** The card's word, as the background relays it. */
function cardSays(message: CardToHost, card = NUDGE): void {
  const delivery: HostDelivery = { smallHellosCard: card, message };
  for (const listener of listeners) listener(delivery, {}, () => undefined);
}

const told = (type: string) => sendMessage.mock.calls.map(([message]) => message as { type: string }).filter((message) => message.type === type);

describe('the card’s host on the page', () => {
  it('is displayed only by the sheet the background named', async () => {
    const host = (await cardOnPage()) as HTMLElement;
    expect(host.style.getPropertyValue('display')).toBe(`var(${DISPLAY_BY}, none)`);
  });

  it('leaves when the card closes, takes its sheet away, and stays away however the page changes', async () => {
    const host = await cardOnPage();
    cardSays({ kind: 'close' });
    expect(host.isConnected).toBe(false);
    expect(told('card-gone')).toEqual([{ type: 'card-gone', displayBy: DISPLAY_BY }]);
    // The page goes on changing <html> and the card's old host: nothing of ours comes back.
    document.documentElement.append(document.createElement('div'));
    document.documentElement.lastElementChild?.remove();
    host.setAttribute('style', 'display: none');
    await settle();
    expect(foreign()).toEqual([]);
    expect(told('card-unseen')).toEqual([]);
  });

  it('is put away, forgotten as never used, when nobody came to the card', async () => {
    const host = await cardOnPage();
    cardSays({ kind: 'put-away' });
    expect(host.isConnected).toBe(false);
    expect(told('card-unseen')).toEqual([{ type: 'card-unseen', id: NUDGE }]);
    expect(told('card-gone')).toEqual([{ type: 'card-gone', displayBy: DISPLAY_BY }]);
  });

  it('is put back three times on a page that keeps taking it, then put away and forgotten', async () => {
    const host = await cardOnPage();
    for (let taken = 1; taken <= 3; taken += 1) {
      host.remove();
      await settle();
      expect(host.isConnected, `put back after ${taken}`).toBe(true);
    }
    host.remove();
    await settle();
    expect(foreign()).toEqual([]);
    expect(told('card-unseen')).toEqual([{ type: 'card-unseen', id: NUDGE }]);
    expect(told('card-gone')).toHaveLength(1);
  });

  it('hears no other card’s word', async () => {
    const host = await cardOnPage();
    cardSays({ kind: 'put-away' }, NUDGE + 1);
    expect(host.isConnected).toBe(true);
    expect(told('card-unseen')).toEqual([]);
  });
});

describe('the card’s place on a phone-wide window', () => {
  const sized = (width: number, height: number) => {
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(width);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(height);
  };
  const place = (host: HTMLElement) =>
    Object.fromEntries(['top', 'bottom', 'right', 'left', 'height'].map((side) => [side, host.style.getPropertyValue(side)]));

  it('sits above the band kept for the site’s own bottom bar, never taller than the room left', async () => {
    sized(360, 640);
    const host = (await cardOnPage()) as HTMLElement;
    cardSays({ kind: 'height', height: 900 });
    expect(place(host)).toEqual({ top: '', bottom: '80px', right: '8px', left: 'auto', height: '552px' });
  });

  it('sits at the top when the person chose the top', async () => {
    sized(360, 640);
    phonePlace = 'top';
    const host = (await cardOnPage()) as HTMLElement;
    cardSays({ kind: 'height', height: 300 });
    expect(place(host)).toEqual({ top: '8px', bottom: '', right: '8px', left: 'auto', height: '300px' });
  });

  it('keeps its bottom corner on a wider window, whatever the phone choice', async () => {
    sized(1280, 800);
    phonePlace = 'top';
    const host = (await cardOnPage()) as HTMLElement;
    cardSays({ kind: 'height', height: 300 });
    expect(place(host)).toEqual({ top: '', bottom: '16px', right: '16px', left: 'auto', height: '300px' });
  });
});

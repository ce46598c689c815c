/**
 * A card counts once it was seen: when the tab hides or the page goes before the card has
 * been in plain view, the content script puts it away and tells the background it was never
 * seen (`card-unseen`), which gives the day's place back. One page is loaded for the whole
 * story, as a tab kept open; the `chrome` API it uses is faked, with a background that
 * shows a new card on each moment.
 */
import type { CardToHost, HostDelivery, Request } from '../../../src/messages';

type Listener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => unknown;

let visibility: DocumentVisibilityState = 'visible';
let nextCard = 41;
let listeners: Listener[] = [];
const sendMessage = vi.fn(async (message: { type: string }) =>
  message.type === 'moment' ? { ok: true, value: { show: true, nudgeId: (nextCard += 1), corner: 'right' } } : { ok: true, value: {} },
);

beforeAll(async () => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  // The card's own page is not what is tested here: its frame stays empty (happy-dom loads no page).
  const createElement = document.createElement.bind(document);
  vi.spyOn(document, 'createElement').mockImplementation((name: string) => {
    const element = createElement(name);
    if (element instanceof HTMLIFrameElement) element.srcdoc = '';
    return element;
  });
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
  await import('../../../src/content/index');
  await vi.waitFor(() => expect(cardsOnPage()).toHaveLength(1));
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

beforeEach(() => {
  sendMessage.mockClear();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const cardsOnPage = () => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body);
const toldUnseen = () => sendMessage.mock.calls.map(([message]) => message as Request).filter((message) => message.type === 'card-unseen');

function cardSays(message: CardToHost): void {
  const delivery: HostDelivery = { smallHellosCard: nextCard, message };
  for (const listener of listeners) listener(delivery, {}, () => undefined);
}

async function tabTo(state: DocumentVisibilityState): Promise<void> {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
  await settle();
}

describe('a card on a page the person leaves', () => {
  it('is put away, never counted, when the tab hides before the card was seen', async () => {
    await tabTo('hidden');
    expect(cardsOnPage()).toEqual([]);
    expect(toldUnseen()).toEqual([{ type: 'card-unseen', id: 42 }]);
  });

  it('stays, and counts, when the tab hides after the card was seen', async () => {
    await tabTo('visible');
    expect(cardsOnPage()).toHaveLength(1);
    cardSays({ kind: 'seen' });
    await tabTo('hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(cardsOnPage()).toHaveLength(1);
    expect(toldUnseen()).toEqual([]);
    cardSays({ kind: 'close' });
  });

  it('is put away, never counted, when the page goes before the card was seen', async () => {
    await tabTo('visible');
    expect(cardsOnPage()).toHaveLength(1);
    window.dispatchEvent(new Event('pagehide'));
    expect(cardsOnPage()).toEqual([]);
    expect(toldUnseen()).toEqual([{ type: 'card-unseen', id: nextCard }]);
  });
});

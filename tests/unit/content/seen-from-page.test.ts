/**
 * Where the card cannot tell that it was seen (Firefox, until someone comes to it), the
 * content script's own check stands in: a card in plain view at two checks in a row, half
 * a second apart, was seen, and stays when the tab hides. The page's side is faked here as
 * always in plain view; the `chrome` API is faked too.
 */
import type { Request } from '../../../src/messages';

vi.mock('../../../src/content/seen', () => ({ looksSeen: () => true }));

let visibility: DocumentVisibilityState = 'visible';
const sendMessage = vi.fn(async (message: { type: string }) =>
  message.type === 'moment' ? { ok: true, value: { show: true, nudgeId: 9, corner: 'right' } } : { ok: true, value: {} },
);

beforeAll(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
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
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    },
    i18n: { getMessage: () => 'Small Hellos' },
  });
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const cardsOnPage = () => [...document.documentElement.children].filter((child) => child !== document.head && child !== document.body);
const toldUnseen = () => sendMessage.mock.calls.map(([message]) => message as Request).filter((message) => message.type === 'card-unseen');

describe('a card the page lets be seen, where the card cannot tell', () => {
  it('counts as seen after two checks in plain view, and stays when the tab hides', async () => {
    await import('../../../src/content/index');
    await vi.waitFor(() => expect(cardsOnPage()).toHaveLength(1));
    // Two checks of the card, half a second apart.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(cardsOnPage()).toHaveLength(1);
    expect(toldUnseen()).toEqual([]);
  });
});

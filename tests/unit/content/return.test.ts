/**
 * Coming back to a catalogue tab may be a routine moment again: the content script tells the
 * background when its tab goes out of view and when it comes back (or is restored from the
 * back/forward cache), and nothing else; the background decides whether that is a moment
 * (tests/unit/background/arrivals.test.ts). One page is loaded for the whole story, as
 * a tab kept open all day; the `chrome` API it uses is faked.
 */
import type { Request } from '../../../src/messages';

type Listener = (message: unknown, sender: unknown, respond: (answer: unknown) => void) => unknown;

let visibility: DocumentVisibilityState = 'visible';
let cardComes = false;
let listeners: Listener[] = [];
const sendMessage = vi.fn(async (message: { type: string }) =>
  message.type === 'moment'
    ? { ok: true, value: cardComes ? { show: true, nudgeId: 7, corner: 'right' } : { show: false, reason: 'muted-today' } }
    : { ok: true, value: {} },
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
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
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
  await settle();
});

afterAll(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

beforeEach(() => {
  sendMessage.mockClear();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const said = (): Request[] => sendMessage.mock.calls.map(([message]) => message as Request);

async function tabTo(state: DocumentVisibilityState): Promise<void> {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
  await settle();
}

/** The page moves within itself, as a single-page site does on a click. */
function moveTo(url: string): void {
  history.pushState(null, '', url);
}

async function showPage(persisted: boolean): Promise<void> {
  // The test's DOM has no PageTransitionEvent of its own: an event that says the same.
  window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
  await settle();
}

describe('a catalogue tab kept open', () => {
  it('tells the background when it goes out of view, and asks again when it comes back', async () => {
    await tabTo('hidden');
    expect(said()).toEqual([{ type: 'moment-away' }]);
    await tabTo('visible');
    expect(said()).toEqual([{ type: 'moment-away' }, { type: 'moment', arrival: 'returned' }]);
  });

  it('asks again when the page is restored from the back/forward cache, not when it is first shown', async () => {
    await showPage(false);
    expect(said()).toEqual([]);
    await showPage(true);
    expect(said()).toEqual([{ type: 'moment', arrival: 'returned' }]);
  });

  it('hosts the card a return brings, and asks nothing more while it is there', async () => {
    cardComes = true;
    await tabTo('hidden');
    await tabTo('visible');
    expect(document.documentElement.querySelector('iframe, :scope > *:not(head):not(body)')).not.toBeNull();
    // Seen, the card stays when the tab hides (unseen-leave.test.ts).
    for (const listener of listeners) listener({ smallHellosCard: 7, message: { kind: 'seen' } }, {}, () => undefined);
    sendMessage.mockClear();

    await tabTo('hidden');
    await tabTo('visible');
    await showPage(true);
    expect(said()).toEqual([{ type: 'moment-away' }]);
  });

  it('asks again once the card has closed', async () => {
    for (const listener of listeners) listener({ smallHellosCard: 7, message: { kind: 'close' } }, {}, () => undefined);
    sendMessage.mockClear();
    cardComes = false;
    await tabTo('hidden');
    await tabTo('visible');
    expect(said()).toEqual([{ type: 'moment-away' }, { type: 'moment', arrival: 'returned' }]);
  });

  it('tells the background where a move within the page began, after a click, Back or a hash change', async () => {
    moveTo('/mail/u/0/#inbox/FMfcg');
    window.dispatchEvent(new Event('popstate'));
    await settle();
    sendMessage.mockClear();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const start = location.href;
      moveTo('/mail/u/0/#inbox');
      document.body.click();
      expect(said(), 'the site may still be moving').toEqual([]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(said()).toEqual([{ type: 'moment', arrival: 'moved', from: start, to: location.href }]);
    } finally {
      vi.useRealTimers();
    }
    sendMessage.mockClear();
    const before = location.href;
    moveTo('/mail/u/0/#sent');
    window.dispatchEvent(new Event('popstate'));
    await settle();
    expect(said()).toEqual([{ type: 'moment', arrival: 'moved', from: before, to: location.href }]);
    sendMessage.mockClear();
    window.dispatchEvent(new Event('hashchange'));
    await settle();
    expect(said(), 'a look that finds the page where it was').toEqual([]);
  });

  it('says nothing of a move while the tab is out of view', async () => {
    await tabTo('hidden');
    sendMessage.mockClear();
    moveTo('/mail/u/0/#inbox');
    window.dispatchEvent(new Event('popstate'));
    await settle();
    expect(said()).toEqual([]);
    await tabTo('visible');
  });
});

/**
 * The content script asks for its moment only once the person can see the tab: not while it
 * loads in the background, and not while the page is prerendered. Importing it starts it,
 * as loading a catalogue page would; the `chrome` API it uses is faked.
 */
let visibility: DocumentVisibilityState;
let prerendering: boolean;
let sendMessage: ReturnType<typeof vi.fn>;

beforeAll(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  Object.defineProperty(document, 'prerendering', { configurable: true, get: () => prerendering });
});

beforeEach(() => {
  visibility = 'visible';
  prerendering = false;
  // No card is due: the script only asks, and hosts nothing.
  sendMessage = vi.fn(async () => ({ ok: true, value: { show: false, reason: 'cooldown' } }));
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'small-hellos',
      sendMessage,
      getURL: (path: string) => `chrome-extension://small-hellos/${path}`,
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    },
    i18n: { getMessage: () => 'Small Hellos' },
  });
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Loads the content script afresh, as a new page would. */
async function startContentScript(): Promise<void> {
  vi.resetModules();
  await import('../../../src/content/index');
}

/** Lets everything already queued run, so that a request the script was going to send is sent. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Moments asked for on opening the page (scripts of earlier tests may still ask for returns). */
const momentsAsked = () =>
  sendMessage.mock.calls.filter(([message]) => {
    const { type, arrival } = message as { type?: string; arrival?: string };
    return type === 'moment' && arrival === 'opened';
  }).length;

describe('the content script on a catalogue page', () => {
  it('asks for its moment at once in a tab the person is looking at', async () => {
    await startContentScript();
    await settle();
    expect(momentsAsked()).toBe(1);
  });

  it('waits while the tab loads in the background, and asks once the person switches to it', async () => {
    visibility = 'hidden';
    await startContentScript();
    await settle();
    expect(momentsAsked()).toBe(0);

    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(momentsAsked()).toBe(0);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(momentsAsked()).toBe(1);
  });

  it('waits while the page is prerendered, even if the browser calls it visible, and asks once it is shown', async () => {
    prerendering = true;
    await startContentScript();
    await settle();
    expect(momentsAsked()).toBe(0);

    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(momentsAsked()).toBe(0);

    prerendering = false;
    document.dispatchEvent(new Event('prerenderingchange'));
    await settle();
    expect(momentsAsked()).toBe(1);

    // The page opened once: later changes of the tab ask only whether it came back (return.test.ts).
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(momentsAsked()).toBe(1);
  });
});

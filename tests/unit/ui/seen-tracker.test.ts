import type { HostLink } from '../../../src/ui/nudge/host-link';
import { trackSeen, type SeenState } from '../../../src/ui/nudge/seen-tracker';

/** IntersectionObserver v2 as Chromium offers it, driven by the test: each report says whether the card is visible, and when the browser looked. */
class FakeObserver {
  static made: FakeObserver[] = [];
  readonly observed: Element[] = [];
  readonly disconnect = vi.fn();
  constructor(
    private readonly callback: (entries: unknown[]) => void,
    readonly options: IntersectionObserverInit & { trackVisibility?: boolean; delay?: number },
  ) {
    FakeObserver.made.push(this);
  }
  observe(element: Element): void {
    this.observed.push(element);
  }
  report(isVisible: boolean, time = Date.now()): void {
    this.callback(this.observed.map((target) => ({ target, isVisible, isIntersecting: true, time })));
  }
}

/** An entry type that knows `isVisible`, which is how the card tells that the browser has v2. */
class EntryWithVisibility {
  get isVisible(): boolean {
    return false;
  }
}

const now = () => Date.now();
let host: HostLink & { askSeen: ReturnType<typeof vi.fn> };

beforeEach(() => {
  vi.useFakeTimers({ now: 10_000 });
  FakeObserver.made = [];
  host = { send: vi.fn(), askSeen: vi.fn(async () => true) };
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('IntersectionObserverEntry', EntryWithVisibility);
  vi.spyOn(document, 'hasFocus').mockReturnValue(false);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function observer(): FakeObserver {
  const [made] = FakeObserver.made;
  if (!made) throw new Error('No IntersectionObserver was made');
  return made;
}

/** Every state the tracker told, in order. */
function told(tracker: ReturnType<typeof trackSeen>): SeenState[] {
  const states: SeenState[] = [];
  tracker.onChange((state) => states.push(state));
  return states;
}

describe('whether the card has been seen, where the browser can tell (IntersectionObserver v2)', () => {
  it('asks the browser to track what covers, fades or filters the card, at least 100 ms apart', () => {
    const card = document.createElement('section');
    const tracker = trackSeen(card, host, now);

    expect(observer().options.trackVisibility).toBe(true);
    expect(observer().options.delay).toBeGreaterThanOrEqual(100);
    expect(observer().observed).toEqual([card]);
    // The browser answers for itself: the page's side is not asked.
    expect(host.askSeen).not.toHaveBeenCalled();
    tracker.dispose();
    expect(observer().disconnect).toHaveBeenCalled();
  });

  it('counts nothing as seen before the browser has said so, and calls that not covered', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    vi.advanceTimersByTime(5_000);
    expect(tracker.seenLongEnough()).toBe(false);
    expect(tracker.covered()).toBe(false);
  });

  it('counts a click only after the card has been in plain view for half a second, and says so when it has', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    const states = told(tracker);
    observer().report(true);
    vi.advanceTimersByTime(499);
    expect(tracker.seenLongEnough()).toBe(false);
    expect(states).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(tracker.seenLongEnough()).toBe(true);
    expect(states).toEqual(['seen']);
  });

  it('counts the half second from when the browser looked, though its report came late', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    const looked = Date.now();
    vi.advanceTimersByTime(400);
    observer().report(true, looked);
    vi.advanceTimersByTime(100);
    expect(tracker.seenLongEnough()).toBe(true);
  });

  it('starts over when the card is covered, says so at once, and says when it has been in view long enough again', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    const states = told(tracker);
    observer().report(true);
    vi.advanceTimersByTime(600);

    observer().report(false);
    expect(tracker.seenLongEnough()).toBe(false);
    expect(tracker.covered()).toBe(true);
    // Nothing more comes from the browser while nothing changes: the card stays covered.
    vi.advanceTimersByTime(5_000);
    expect(tracker.covered()).toBe(true);

    observer().report(true);
    expect(tracker.covered()).toBe(false);
    vi.advanceTimersByTime(499);
    expect(tracker.seenLongEnough()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(tracker.seenLongEnough()).toBe(true);
    expect(states).toEqual(['seen', 'covered', 'not-yet', 'seen']);
  });

  it('keeps the time it first came into view while the browser keeps reporting it visible', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    observer().report(true);
    vi.advanceTimersByTime(300);
    observer().report(true);
    vi.advanceTimersByTime(200);
    expect(tracker.seenLongEnough()).toBe(true);
  });

  it('tells nothing more once it is put away', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    const states = told(tracker);
    observer().report(true);
    tracker.dispose();
    vi.advanceTimersByTime(1_000);
    expect(states).toEqual([]);
  });
});

describe('whether the card has been seen, where the browser cannot tell', () => {
  beforeEach(() => {
    // No `isVisible` on entries: IntersectionObserver v1 only, as in Firefox.
    vi.stubGlobal('IntersectionObserverEntry', class {});
  });

  const pointerIn = () => document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
  const pointerOut = () => document.body.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: null }));
  const press = () => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));

  it('asks the page’s side nothing while nobody is at the card', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(host.askSeen).not.toHaveBeenCalled();
    expect(FakeObserver.made).toEqual([]);
    expect(tracker.seenLongEnough()).toBe(false);
    tracker.dispose();
  });

  it('asks every 200 ms while the pointer is over the card, and stops when it leaves', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    pointerIn();
    expect(host.askSeen).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.askSeen).toHaveBeenCalledTimes(6);

    pointerOut();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(host.askSeen).toHaveBeenCalledTimes(6);
    tracker.dispose();
  });

  it('asks while the keyboard is in the card', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    window.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(400);
    expect(host.askSeen).toHaveBeenCalledTimes(3);
    window.dispatchEvent(new Event('blur'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(host.askSeen).toHaveBeenCalledTimes(3);
    tracker.dispose();
  });

  it('counts a click only half a second after the person came and the page’s side said yes, and says so', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    const states = told(tracker);
    pointerIn();
    await vi.advanceTimersByTimeAsync(499);
    expect(tracker.seenLongEnough()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(tracker.seenLongEnough()).toBe(true);
    expect(states).toEqual(['seen']);
    tracker.dispose();
  });

  it('counts nothing seen before the person came back, since nobody was looking', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    pointerIn();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(tracker.seenLongEnough()).toBe(true);
    pointerOut();
    await vi.advanceTimersByTimeAsync(60_000);

    pointerIn();
    await vi.advanceTimersByTimeAsync(100);
    expect(tracker.seenLongEnough()).toBe(false);
    tracker.dispose();
  });

  it('asks once more, fresh, when the person presses, and a cover found then stops the click', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    pointerIn();
    await vi.advanceTimersByTimeAsync(1_000);
    const asked = host.askSeen.mock.calls.length;
    host.askSeen.mockImplementation(async () => false);
    press();
    expect(host.askSeen).toHaveBeenCalledTimes(asked + 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.covered()).toBe(true);
    expect(tracker.seenLongEnough()).toBe(false);
    tracker.dispose();
  });

  it('trusts the page’s side when it says the card is covered', async () => {
    host.askSeen.mockImplementation(async () => false);
    const tracker = trackSeen(document.createElement('section'), host, now);
    pointerIn();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(tracker.covered()).toBe(true);
    expect(tracker.seenLongEnough()).toBe(false);
    tracker.dispose();
  });

  it('keeps the person at the card when a finger lifts after a tap, on a touch screen beside a mouse', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    const finger = (type: string) => document.body.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'touch', relatedTarget: null }));
    for (const type of ['pointerover', 'pointerdown', 'pointerup', 'pointerout']) finger(type);
    await vi.advanceTimersByTimeAsync(500);
    expect(tracker.seenLongEnough()).toBe(true);
    tracker.dispose();
  });

  it('drops an answer that comes back after the person has left', async () => {
    let answer: (seen: boolean) => void = () => undefined;
    host.askSeen.mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const tracker = trackSeen(document.createElement('section'), host, now);
    const states = told(tracker);
    pointerIn();
    pointerOut();
    answer(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states).toEqual([]);
    expect(tracker.seenLongEnough()).toBe(false);
    tracker.dispose();
  });
});

describe('whether the card has been seen on a touch screen, where the browser cannot tell', () => {
  beforeEach(() => {
    vi.stubGlobal('IntersectionObserverEntry', class {});
    vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ matches: query === '(pointer: coarse)' }) as MediaQueryList);
  });
  const tap = (type: string) => document.body.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'touch', relatedTarget: null }));

  it('watches the card from when it appears, since nobody can come to it without a tap, so a first tap counts', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    await vi.advanceTimersByTimeAsync(500);
    expect(tracker.seenLongEnough()).toBe(true);
    for (const type of ['pointerover', 'pointerdown', 'pointerup', 'pointerout']) tap(type);
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.seenLongEnough()).toBe(true);
    tracker.dispose();
  });

  it('still stops a tap on a card the page covers', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    await vi.advanceTimersByTimeAsync(1_000);
    host.askSeen.mockImplementation(async () => false);
    tap('pointerdown');
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.covered()).toBe(true);
    expect(tracker.seenLongEnough()).toBe(false);
    tracker.dispose();
  });
});

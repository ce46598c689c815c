import type { HostLink } from '../../../src/ui/nudge/host-link';
import { trackSeen } from '../../../src/ui/nudge/seen-tracker';

/** IntersectionObserver v2 as Chromium offers it, driven by the test: each report says whether the card is visible. */
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
  report(isVisible: boolean): void {
    this.callback(this.observed.map((target) => ({ target, isVisible, isIntersecting: true })));
  }
}

/** An entry type that knows `isVisible`, which is how the card tells that the browser has v2. */
class EntryWithVisibility {
  get isVisible(): boolean {
    return false;
  }
}

let clock: number;
const now = () => clock;
let host: HostLink & { askSeen: ReturnType<typeof vi.fn> };

beforeEach(() => {
  clock = 10_000;
  FakeObserver.made = [];
  host = { send: vi.fn(), askSeen: vi.fn(async () => true) };
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('IntersectionObserverEntry', EntryWithVisibility);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function observer(): FakeObserver {
  const [made] = FakeObserver.made;
  if (!made) throw new Error('No IntersectionObserver was made');
  return made;
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
    clock += 5_000;
    expect(tracker.seenLongEnough()).toBe(false);
    expect(tracker.covered()).toBe(false);
  });

  it('counts a click only after the card has been in plain view for half a second', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    observer().report(true);
    clock += 499;
    expect(tracker.seenLongEnough()).toBe(false);
    expect(tracker.covered()).toBe(false);
    clock += 1;
    expect(tracker.seenLongEnough()).toBe(true);
  });

  it('starts over when the card is covered, and says it is covered until it is in view again', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    observer().report(true);
    clock += 600;
    expect(tracker.seenLongEnough()).toBe(true);

    observer().report(false);
    expect(tracker.seenLongEnough()).toBe(false);
    expect(tracker.covered()).toBe(true);

    clock += 100;
    observer().report(true);
    expect(tracker.covered()).toBe(false);
    clock += 499;
    expect(tracker.seenLongEnough()).toBe(false);
    clock += 1;
    expect(tracker.seenLongEnough()).toBe(true);
  });

  it('keeps the time it first came into view while the browser keeps reporting it visible', () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    observer().report(true);
    clock += 300;
    observer().report(true);
    clock += 200;
    expect(tracker.seenLongEnough()).toBe(true);
  });
});

describe('whether the card has been seen, where the browser cannot tell', () => {
  beforeEach(() => {
    // No `isVisible` on entries: IntersectionObserver v1 only, as in Firefox.
    vi.stubGlobal('IntersectionObserverEntry', class {});
  });

  it('asks the page’s side and counts a click only half a second after it says yes', async () => {
    const tracker = trackSeen(document.createElement('section'), host, now);
    await vi.waitFor(() => expect(host.askSeen).toHaveBeenCalled());
    // Its answer is taken in once the tasks already queued have run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeObserver.made).toEqual([]);
    clock += 499;
    expect(tracker.seenLongEnough()).toBe(false);
    clock += 1;
    expect(tracker.seenLongEnough()).toBe(true);
    tracker.dispose();
  });

  it('trusts the page’s side when it says the card is covered', async () => {
    host.askSeen.mockImplementation(async () => false);
    const tracker = trackSeen(document.createElement('section'), host, now);
    await vi.waitFor(() => expect(tracker.covered()).toBe(true));
    clock += 5_000;
    expect(tracker.seenLongEnough()).toBe(false);
    tracker.dispose();
  });
});

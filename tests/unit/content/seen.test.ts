import { looksSeen } from '../../../src/content/seen';

/** Where the card sits on the page: bottom right of a 1280 × 800 window. */
const BOX = { left: 904, top: 300, right: 1264, bottom: 784, width: 360, height: 484, x: 904, y: 300 };

/** A browser computes these for every element; happy-dom leaves them empty unless they are set. */
const DEFAULTS = { opacity: '1', filter: 'none', visibility: 'visible' } as const;

let host: HTMLElement;
/** What the page has at a point, as hit testing finds it: the card, unless the test lays something there. */
let atPoint: (x: number, y: number) => Element | null;

beforeEach(() => {
  const realStyle = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element: Element) => {
    const style = realStyle(element);
    return new Proxy(style, {
      get(target, name: string) {
        const value = (target as unknown as Record<string, unknown>)[name];
        if (name in DEFAULTS && value === '') return DEFAULTS[name as keyof typeof DEFAULTS];
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  });
  host = document.createElement('abcd-efghij');
  document.documentElement.append(host);
  vi.spyOn(host, 'getBoundingClientRect').mockReturnValue({ ...BOX, toJSON: () => BOX } as DOMRect);
  atPoint = () => host;
  document.elementFromPoint = (x: number, y: number) => atPoint(x, y);
});

afterEach(() => {
  host.remove();
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  vi.restoreAllMocks();
});

describe('whether the card looks seen from the page’s side (where the browser cannot tell)', () => {
  it('says yes for a card in plain view', () => {
    expect(looksSeen(host)).toBe(true);
  });

  it.each([
    ['opacity', '0.05'],
    ['opacity', '0.99'],
    ['filter', 'invert(1) hue-rotate(180deg)'],
    ['filter', 'opacity(0)'],
    ['visibility', 'hidden'],
  ])('says no when the page puts %s: %s on <html>', (property, value) => {
    document.documentElement.style.setProperty(property, value);
    expect(looksSeen(host)).toBe(false);
  });

  it('says no when something faded sits further up than the card’s own parent', () => {
    const wrapper = document.createElement('div');
    const inner = document.createElement('div');
    wrapper.append(inner);
    document.body.append(wrapper);
    inner.append(host);
    wrapper.style.opacity = '0.3';
    expect(looksSeen(host)).toBe(false);
    wrapper.remove();
  });

  it('says no for a card with no size on the page', () => {
    vi.spyOn(host, 'getBoundingClientRect').mockReturnValue({ ...BOX, right: BOX.left, width: 0, toJSON: () => BOX } as DOMRect);
    expect(looksSeen(host)).toBe(false);
  });

  it.each([
    ['top left', (x: number, y: number) => x < BOX.left + 20 && y < BOX.top + 20],
    ['top right', (x: number, y: number) => x > BOX.right - 20 && y < BOX.top + 20],
    ['bottom left', (x: number, y: number) => x < BOX.left + 20 && y > BOX.bottom - 20],
    ['bottom right', (x: number, y: number) => x > BOX.right - 20 && y > BOX.bottom - 20],
    ['middle', (x: number, y: number) => Math.abs(x - (BOX.left + BOX.right) / 2) < 20 && Math.abs(y - (BOX.top + BOX.bottom) / 2) < 20],
  ])('says no when something of the page covers its %s corner', (_corner, covers) => {
    const decoy = document.createElement('div');
    document.body.append(decoy);
    atPoint = (x, y) => (covers(x, y) ? decoy : host);
    expect(looksSeen(host)).toBe(false);
    decoy.remove();
  });

  it('says no when something in the top layer overlaps it, even one that lets clicks through', () => {
    const decoy = document.createElement('div');
    decoy.style.pointerEvents = 'none';
    document.body.append(decoy);
    vi.spyOn(decoy, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      top: 0,
      right: 1280,
      bottom: 800,
      width: 1280,
      height: 800,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    } as DOMRect);
    const realQuery = document.querySelectorAll.bind(document);
    vi.spyOn(document, 'querySelectorAll').mockImplementation(((selector: string) =>
      selector.includes(':popover-open') ? [decoy] : realQuery(selector)) as typeof document.querySelectorAll);
    expect(looksSeen(host)).toBe(false);
    decoy.remove();
  });

  it('looks a little inside each corner, where the card itself is hit', () => {
    const asked: [number, number][] = [];
    atPoint = (x, y) => {
      asked.push([x, y]);
      return host;
    };
    looksSeen(host);
    for (const [x, y] of asked) {
      expect(x).toBeGreaterThan(BOX.left);
      expect(x).toBeLessThan(BOX.right);
      expect(y).toBeGreaterThan(BOX.top);
      expect(y).toBeLessThan(BOX.bottom);
    }
    expect(asked).toHaveLength(5);
  });
});

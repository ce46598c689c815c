/**
 * Whether the card's host looks visible to the person, for browsers that cannot tell the
 * card itself (no IntersectionObserver v2, as in Firefox). The best honest check from the
 * page's side: nothing up the tree fades, filters or hides it; the card is what sits at its
 * corners and centre; nothing in the top layer overlaps it. Its limit: an ordinary element
 * with `pointer-events: none` drawn over the card is invisible to hit testing, so it is not
 * caught here (docs/architecture.md says more).
 */
export function looksSeen(host: HTMLElement): boolean {
  for (let element: Element | null = host; element; element = element.parentElement) {
    const style = getComputedStyle(element);
    if (Number(style.opacity) < 1 || style.filter !== 'none' || style.visibility !== 'visible') return false;
  }
  const box = host.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  const inset = 4;
  const points: [number, number][] = [
    [box.left + inset, box.top + inset],
    [box.right - inset, box.top + inset],
    [box.left + inset, box.bottom - inset],
    [box.right - inset, box.bottom - inset],
    [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
  ];
  if (points.some(([x, y]) => document.elementFromPoint(x, y) !== host)) return false;
  return !topLayerElements().some((element) => element !== host && overlaps(element.getBoundingClientRect(), box));
}

function topLayerElements(): Element[] {
  try {
    return [...document.querySelectorAll(':modal, :popover-open, :fullscreen')];
  } catch {
    return [];
  }
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

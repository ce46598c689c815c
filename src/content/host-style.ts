import type { Corner, PhonePlace } from '../core/settings';

const MARGIN = 16;
/** A window this narrow or narrower is a phone's: the card goes to the top or above the site's bottom bar. */
const PHONE_WIDTH = 480;
const PHONE_MARGIN = 8;
/** Kept free at a phone's bottom edge: most sites' own navigation bars are 48–64 px tall. */
const BOTTOM_BAR = 72;

/**
 * Where the card's host sits and how big it is, set inline and !important (see `pin`): in
 * its corner, or on a phone across the width, at the top or above the site's bottom bar.
 */
export function hostStyle(corner: Corner, phonePlace: PhonePlace, height: number, displayBy: string | undefined): Record<string, string> {
  const phone = window.innerWidth <= PHONE_WIDTH;
  const margin = phone ? PHONE_MARGIN : MARGIN;
  const top = phone && phonePlace === 'top';
  const kept = phone && !top ? BOTTOM_BAR : 0;
  return {
    all: 'initial',
    // Shown only by the extension's own sheet where there is one: the browser takes the
    // sheet away with the extension, and the card with it (src/background/card-sheet.ts).
    display: displayBy ? `var(${displayBy}, none)` : 'block',
    position: 'fixed',
    [corner]: `${margin}px`,
    [corner === 'right' ? 'left' : 'right']: 'auto',
    [top ? 'top' : 'bottom']: `${margin + kept}px`,
    width: '360px',
    // Of the window less its scrollbar (100vw would count it, and push the card past the edge).
    'max-width': `calc(100% - ${2 * margin}px)`,
    // Never taller than the window: the card scrolls inside and keeps its header in view.
    height: `${Math.max(0, Math.min(height, window.innerHeight - 2 * margin - kept))}px`,
    margin: '0',
    padding: '0',
    border: '0',
    'z-index': '2147483647',
    visibility: 'visible',
    opacity: '1',
    transform: 'none',
    filter: 'none',
    'pointer-events': 'auto',
  };
}

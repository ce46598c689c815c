import { useLayoutEffect } from 'preact/hooks';

/** Whether the browser sizes a text field to its content by itself (CSS `field-sizing`). */
const sizesItself = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/**
 * The note grows with its words, so the whole of it is in view as it is written, never in a
 * box of a few lines that hides its start. Where the browser cannot size it by itself, its
 * height follows its content here.
 */
export function useGrowingField(field: { current: HTMLTextAreaElement | null }, text: string): void {
  useLayoutEffect(() => {
    const element = field.current;
    if (sizesItself || !element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
  }, [text]);
}

/**
 * Brings the start of `element` back into view within whatever scrolls around it (the
 * card's body, or the popup), never the page around the card: scrolling into view from a
 * frame could move the host page.
 */
export function keepStartInView(element: HTMLElement): void {
  const scroller = element.closest<HTMLElement>('.card__body') ?? document.scrollingElement;
  if (!scroller) return;
  const visibleTop = scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top;
  const above = visibleTop - element.getBoundingClientRect().top;
  if (above > 0) scroller.scrollTop -= above;
}

import { useEffect } from 'preact/hooks';
import type { HostLink } from './host-link';

/**
 * The card's two heights, in CSS pixels with the frame's room for its shadow. A page can
 * measure the card's host at any moment, so what the person answers about themselves
 * (their energy, a Low day, resting, how a note felt) must never change it: every view has
 * the first height, and only writing a note (which says no more than that the person chose
 * to write) takes the second, until the card goes. The content scrolls inside; the content
 * script keeps either within the window.
 */
export const CARD_HEIGHT = 320;
export const WRITING_HEIGHT = 640;

/**
 * Tells the content script the card's height once, and again only when it becomes the
 * writing height: each message restyles the host, which a watching page could notice.
 */
export function useFrameHeight(host: HostLink | undefined, visible: boolean, writing: boolean): void {
  useEffect(() => {
    if (visible && host) host.send({ kind: 'height', height: writing ? WRITING_HEIGHT : CARD_HEIGHT });
  }, [host, visible, writing]);
}

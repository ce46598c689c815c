import { useEffect } from 'preact/hooks';
import type { HostLink } from './host-link';

/*
 * What a page can measure of the card: its host's size at any moment, and when it leaves.
 * What the person answers about themselves (their energy, a Low day, resting, how a note
 * felt) must change neither.
 */

/**
 * The card's two heights, in CSS pixels with the frame's room for its shadow: every view
 * has the first, and only writing a note (which says no more than that the person chose to
 * write) takes the second, until the card goes. The content scrolls inside; the content
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

/**
 * How long a calm line that ends the card stays (Not now, resting, an idea done), counted
 * from the click: the same for every one of them, so the moment the card leaves tells
 * nothing of which it was.
 */
export const LINGER_MS = 2500;

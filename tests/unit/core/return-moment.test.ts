import { describe, expect, it } from 'vitest';
import { isNewMoment, isSameMoment } from '../../../src/core/return-moment';

const NOW = Date.UTC(2026, 2, 4, 10, 0);
const SECOND = 1_000;

describe('when arriving at a site is a routine moment', () => {
  it('counts opening a page, even right after another moment at the same site', () => {
    expect(isNewMoment({ arrival: 'opened', now: NOW })).toBe(true);
    expect(isNewMoment({ arrival: 'opened', now: NOW, lastMomentAt: NOW - 5 * SECOND })).toBe(true);
  });

  it('counts coming back to a tab after a minute or more away', () => {
    expect(isNewMoment({ arrival: 'returned', now: NOW, awayAt: NOW - 60 * SECOND, lastMomentAt: NOW - 3_600 * SECOND })).toBe(true);
    expect(isNewMoment({ arrival: 'returned', now: NOW, awayAt: NOW - 3 * 3_600 * SECOND })).toBe(true);
  });

  it('brings nothing for a quick switch away and back', () => {
    expect(isNewMoment({ arrival: 'returned', now: NOW, awayAt: NOW - 5 * SECOND })).toBe(false);
    expect(isNewMoment({ arrival: 'returned', now: NOW, awayAt: NOW - 59 * SECOND })).toBe(false);
  });

  it('brings nothing for a return it never heard leave, or one timed in the future', () => {
    expect(isNewMoment({ arrival: 'returned', now: NOW })).toBe(false);
    expect(isNewMoment({ arrival: 'returned', now: NOW, awayAt: NOW + 10 * 60 * SECOND })).toBe(false);
  });

  it('collapses a return within a minute of the site’s last moment into that moment', () => {
    // Back into view and back from the cache at once: the second asks for the same moment.
    expect(isNewMoment({ arrival: 'returned', now: NOW, awayAt: NOW - 10 * 60 * SECOND, lastMomentAt: NOW - 2 * SECOND })).toBe(false);
    expect(isNewMoment({ arrival: 'returned', now: NOW, awayAt: NOW - 10 * 60 * SECOND, lastMomentAt: NOW - 61 * SECOND })).toBe(true);
  });

  it('calls moments the same only within a minute, and never one from the future', () => {
    expect(isSameMoment(undefined, NOW)).toBe(false);
    expect(isSameMoment(NOW - 30 * SECOND, NOW)).toBe(true);
    expect(isSameMoment(NOW - 60 * SECOND, NOW)).toBe(false);
    expect(isSameMoment(NOW + 30 * SECOND, NOW)).toBe(false);
  });

  it('counts a move within the page only into the inbox or the feed, and not within a minute of the last moment', () => {
    expect(isNewMoment({ arrival: 'moved', now: NOW, intoHome: true })).toBe(true);
    expect(isNewMoment({ arrival: 'moved', now: NOW, intoHome: true, lastMomentAt: NOW - 61 * SECOND })).toBe(true);
    expect(isNewMoment({ arrival: 'moved', now: NOW, intoHome: true, lastMomentAt: NOW - 30 * SECOND })).toBe(false);
    expect(isNewMoment({ arrival: 'moved', now: NOW, intoHome: false })).toBe(false);
    expect(isNewMoment({ arrival: 'moved', now: NOW })).toBe(false);
  });
});

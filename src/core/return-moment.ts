import { minutes } from './time';

/**
 * When arriving at a site is a routine moment: opening it always is; coming back to its
 * tab is, after at least a minute away (switching tabs every few seconds brings nothing);
 * so is moving into the inbox, the feed or the chat list from elsewhere on the same page
 * (core/site-places.ts); and a moment at the same site within a minute of the last one is
 * that same moment, so that a tab coming back both into view and from the back/forward
 * cache asks once.
 */
export const SAME_MOMENT_MINUTES = 1;

export const ARRIVALS = ['opened', 'returned', 'moved'] as const;
export type Arrival = (typeof ARRIVALS)[number];

export interface ArrivalInput {
  readonly arrival: Arrival;
  readonly now: number;
  /** When this tab was last hidden, if it was; a return without one is not a moment. */
  readonly awayAt?: number | undefined;
  /** When the last moment at this site came, in any tab. */
  readonly lastMomentAt?: number | undefined;
  /** For a move within the page: whether it went into a home place from elsewhere. */
  readonly intoHome?: boolean | undefined;
}

export function isSameMoment(lastMomentAt: number | undefined, now: number): boolean {
  return lastMomentAt !== undefined && lastMomentAt <= now && now - lastMomentAt < minutes(SAME_MOMENT_MINUTES);
}

/**
 * Whether this arrival is a new moment. Opening a page is, whatever came before: the
 * pacing rules (core/policy.ts) keep a reload from bringing a second card. A move is only
 * into a home place, and a return only after a minute away; neither within a minute of the
 * site's last moment.
 */
export function isNewMoment({ arrival, now, awayAt, lastMomentAt, intoHome }: ArrivalInput): boolean {
  if (arrival === 'opened') return true;
  if (arrival === 'moved') return intoHome === true && !isSameMoment(lastMomentAt, now);
  if (awayAt === undefined || awayAt > now || now - awayAt < minutes(SAME_MOMENT_MINUTES)) return false;
  return !isSameMoment(lastMomentAt, now);
}

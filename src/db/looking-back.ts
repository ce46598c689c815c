import type { Hello } from '../core/hellos';
import type { Nudge } from '../core/nudge';
import type { Ritual } from '../core/rituals';
import { DAY_MS } from '../core/time';
import { db } from './database';

/** What the popup shows beside today's idea: what happened (notes sent, hellos made) and the rituals. */
export interface LookingBackData {
  /** The latest entries of every kind, newest shown first: what today's idea looks back on. */
  readonly recent: Nudge[];
  /** Notes sent and ideas done, newest first. */
  readonly sent: Nudge[];
  /** Hellos made away from the suggestions, newest first. */
  readonly hellos: Hello[];
  readonly rituals: Ritual[];
}

/**
 * How far back the popup reads. Years of history must not slow it (50,000 entries took
 * over a second to read whole): the picture of the weeks needs the last eight and this
 * one, and the history, the latest feelings and "expected versus actual" need only the
 * latest entries.
 */
export const LOOKING_BACK_DAYS = 10 * 7;
export const LOOKING_BACK_LATEST = 300;
/** How many of the latest entries today's idea looks back on, and the history lists. */
export const LOOKING_BACK_RECENT = 50;

/**
 * What the popup shows, read by the indexes and each entry once: the latest entries of
 * every kind, and the notes sent and hellos made in the last weeks, further back only as
 * far as the latest `LOOKING_BACK_LATEST` of them reach where the weeks held fewer. The ideas
 * shown and put aside in between are never read (the sentAt index holds only sent notes).
 */
export async function readLookingBack(now = Date.now()): Promise<LookingBackData> {
  const since = now - LOOKING_BACK_DAYS * DAY_MS;
  const [recent, sentLately, hellosLately, rituals] = await Promise.all([
    db.nudges.orderBy('shownAt').reverse().limit(LOOKING_BACK_RECENT).toArray(),
    db.nudges.where('sentAt').aboveOrEqual(since).reverse().toArray(),
    db.hellos.where('at').aboveOrEqual(since).reverse().toArray(),
    db.rituals.toArray(),
  ]);
  const [sentBefore, hellosBefore] = await Promise.all([
    sentLately.length < LOOKING_BACK_LATEST
      ? db.nudges
          .where('sentAt')
          .below(since)
          .reverse()
          .limit(LOOKING_BACK_LATEST - sentLately.length)
          .toArray()
      : [],
    hellosLately.length < LOOKING_BACK_LATEST
      ? db.hellos
          .where('at')
          .below(since)
          .reverse()
          .limit(LOOKING_BACK_LATEST - hellosLately.length)
          .toArray()
      : [],
  ]);
  const sent = [...sentLately, ...sentBefore].filter((nudge) => nudge.status === 'sent');
  return { recent, sent, hellos: [...hellosLately, ...hellosBefore], rituals };
}

import { energyGivenBack } from '../core/energy';
import type { SiteId } from '../core/moments';
import { applyStep, type Nudge, type NudgeStep, type StepResult } from '../core/nudge';
import { db } from './database';
import { markContacted } from './people';
import { addRow } from './rows';
import { getSettings, muteToday, updateSettings } from './settings';

export async function addNudge(nudge: Nudge): Promise<number> {
  return addRow(db.nudges, nudge);
}

export async function getNudge(id: number): Promise<Nudge | undefined> {
  return db.nudges.get(id);
}

/** Nudges shown at or after `since`, oldest first. */
export async function nudgesSince(since: number): Promise<Nudge[]> {
  return db.nudges.where('shownAt').aboveOrEqual(since).toArray();
}

/** The newest nudges first, for the history list. */
export async function latestNudges(limit: number): Promise<Nudge[]> {
  return db.nudges.orderBy('shownAt').reverse().limit(limit).toArray();
}

export type RecordResult = StepResult | { ok: false; error: 'not-found' };

/**
 * Records one step the person took, in one transaction with what it implies (a quiet
 * time; a person contacted today): if the browser stops halfway, all is saved or nothing.
 */
export async function recordStep(id: number, step: NudgeStep, now: number): Promise<RecordResult> {
  return db.transaction('rw', db.nudges, db.settings, db.people, async (): Promise<RecordResult> => {
    const nudge = await db.nudges.get(id);
    if (!nudge) return { ok: false, error: 'not-found' };
    const result = applyStep(nudge, step, now);
    if (!result.ok) return result;
    await db.nudges.put(result.nudge);
    // A repeated step (a retry arriving late, perhaps after the person unmuted) implies nothing again.
    if (step.kind === 'mute' && nudge.status !== 'muted') await muteToday(now);
    const personId = nudge.suggestion.personId;
    if (step.kind === 'sent' && nudge.status !== 'sent' && personId !== undefined) await markContacted(personId, now);
    return result;
  });
}

/**
 * Forgets an in-page nudge that was never seen, so it does not count against the day: only
 * one still untouched, on the given site. Today's energy question, if it was put on that
 * card and not answered, is given back too. Returns whether it was forgotten.
 */
export async function forgetUnseenNudge(id: number, site: SiteId): Promise<boolean> {
  return db.transaction('rw', db.nudges, db.settings, async () => {
    const nudge = await db.nudges.get(id);
    if (nudge?.origin !== 'page' || nudge.status !== 'shown' || nudge.site !== site) return false;
    await db.nudges.delete(id);
    const givenBack = energyGivenBack((await getSettings()).energyToday, id);
    if (givenBack) await updateSettings({ energyToday: givenBack });
    return true;
  });
}

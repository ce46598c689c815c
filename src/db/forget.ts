import { planForget, tracesOf, type PersonTraces } from '../core/forget';
import { hellosAndRitualsOf } from '../core/forget-hellos-rituals';
import type { Person } from '../core/people';
import { db } from './database';

/** What forgetting this person would remove, for the confirmation to say exactly. */
export interface ForgetPreview extends PersonTraces {
  readonly person: Person;
  /** History entries that name them: suggestions and hellos made away from them. */
  readonly history: number;
  /** Rituals for them. */
  readonly rituals: number;
}

export async function previewForget(id: number): Promise<ForgetPreview | undefined> {
  return db.transaction('r', [db.people, db.nudges, db.hellos, db.rituals], async () => {
    const person = await db.people.get(id);
    if (!person) return undefined;
    const plan = planForget(person, await db.nudges.toArray());
    const others = hellosAndRitualsOf(person, await db.hellos.toArray(), await db.rituals.toArray());
    return { person, ...tracesOf(person), history: plan.historyIds.length + others.helloIds.length, rituals: others.ritualIds.length };
  });
}

/**
 * Forgets a person: them, and every history entry that names them, in one transaction
 * (see core/forget.ts). Returns how many history entries went. What was learned
 * (src/db/learning.ts) has no part per person, only counts by kind of site, time and kind
 * of idea, so nothing of them is left there to take.
 */
export async function forgetPerson(id: number): Promise<number> {
  return db.transaction('rw', [db.people, db.nudges, db.hellos, db.rituals], async () => {
    const person = await db.people.get(id);
    if (!person) return 0;
    const plan = planForget(person, await db.nudges.toArray());
    await db.nudges.bulkDelete(plan.historyIds);
    const others = hellosAndRitualsOf(person, await db.hellos.toArray(), await db.rituals.toArray());
    await db.hellos.bulkDelete(others.helloIds);
    await db.rituals.bulkDelete(others.ritualIds);
    for (const nudgeId of plan.unlinkIds) {
      await db.nudges
        .where('id')
        .equals(nudgeId)
        .modify((nudge) => {
          if (nudge.tried) nudge.tried.personIds = nudge.tried.personIds.filter((personId) => personId !== id);
        });
    }
    await db.people.delete(id);
    return plan.historyIds.length + others.helloIds.length;
  });
}

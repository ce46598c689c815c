import { HEAVY_IN_A_ROW, heavyState } from '../core/heavy';
import { ritualsDue, type Ritual } from '../core/rituals';
import { ritualSignal, type RitualSignal } from '../core/ritual-signal';
import { quietState, type Settings } from '../core/settings';
import { weekdayOf } from '../core/time';
import { db } from './database';
import { latestFeelings } from './feelings';
import { listRituals } from './rituals';
import { getSettings } from './settings';

/**
 * The rituals due now, and what the toolbar and a notification may say of them
 * (core/ritual-signal.ts), with the settings and rituals they were read from, in one read.
 */
export async function ritualsToday(now: number): Promise<{ settings: Settings; rituals: Ritual[]; due: Ritual[]; signal: RitualSignal }> {
  return db.transaction('r', db.rituals, db.settings, db.nudges, async () => {
    const [settings, rituals, feelings] = await Promise.all([getSettings(), listRituals(), latestFeelings(HEAVY_IN_A_ROW)]);
    const due = ritualsDue(rituals, now, settings);
    const signal = ritualSignal({
      due: due.length,
      quiet: quietState(settings, now).kind,
      restDay: settings.restDays.includes(weekdayOf(now, settings.dayStartsAtMinutes)),
      heavy: heavyState({ feelings, now, dayStartsAtMinutes: settings.dayStartsAtMinutes, ideasAnywayAt: settings.ideasAnywayAt }),
    });
    return { settings, rituals, due, signal };
  });
}

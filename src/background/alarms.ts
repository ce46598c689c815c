import type { Alarms } from 'webextension-polyfill';
import { QUIET_ENDS_ALARM, refreshToolbar, RITUAL_ALARM } from '../toolbar/indicator';
import { runRitualRefresh } from './rituals';
import { runUpkeep, scheduleUpkeep, UPKEEP_ALARM } from './upkeep';
import { runSyncRound } from './sync';
import { SYNC_ALARM } from '../sync/schedule';

/** Every alarm the extension sets, with what it wakes the background to do. */
export const ALARM_HANDLERS: Readonly<Record<string, (now: number) => void>> = {
  [QUIET_ENDS_ALARM]: (now) => void refreshToolbar(now).catch((error: unknown) => console.error('Small Hellos could not update its toolbar button', error)),
  [UPKEEP_ALARM]: runUpkeep,
  [RITUAL_ALARM]: runRitualRefresh,
  [SYNC_ALARM]: runSyncRound,
};

export function handleAlarm(alarm: Alarms.Alarm): void {
  ALARM_HANDLERS[alarm.name]?.(Date.now());
}

/** The daily upkeep's alarm, set only if it is missing: setting it again would push it a day later. */
export function ensureUpkeepAlarm(): void {
  scheduleUpkeep().catch((error: unknown) => console.error('Small Hellos could not set its daily upkeep', error));
}

/**
 * Alarms are not trusted to outlive a restart (Firefox drops them): each is set again if
 * it is missing. The end of a quiet time and the next ritual are set from what is stored,
 * at a fixed moment, so setting them again moves nothing. Sync's alarm only gathers edits
 * made here, so a round at start sends whatever a dropped alarm would have (while sync is
 * off, a round does nothing).
 */
export function ensureAlarms(now: number): void {
  ensureUpkeepAlarm();
  runRitualRefresh(now);
  runSyncRound(now);
}

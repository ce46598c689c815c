import { defaultSettings } from './settings';
import type { HistoryEntry } from './suggest-input';
import { DAY_MS, dayStart } from './time';

/**
 * What felt heavy does not come back soon. When a note sent from an idea felt Heavier, or
 * 4 or 5 of 5 awkward, that idea (its words, for anyone) and the detail it named (for that
 * person) wait this many days; after that they may come again, but never as the first
 * idea of a day, which sets the tone for the rest of it.
 */
export const HEAVY_IDEA_REST_DAYS = 14;
/** How awkward (1–5) a note must have felt to count as heavy. */
export const HEAVY_AWKWARDNESS = 4;

/** Whether the person said a note sent from this idea felt heavy. */
export function feltHeavy(entry: Pick<HistoryEntry, 'status' | 'feeling' | 'actualAwkward'>): boolean {
  return entry.status === 'sent' && (entry.feeling === 'heavier' || (entry.actualAwkward ?? 0) >= HEAVY_AWKWARDNESS);
}

/** Ideas held back now, because a note sent from them felt heavy. */
export interface HeldBack {
  readonly templateIds: ReadonlySet<string>;
  /** `detailKey(personId, memoryId)` of details named in such a note. */
  readonly details: ReadonlySet<string>;
}

export function detailKey(personId: number | undefined, memoryId: string): string {
  return `${personId ?? ''}:${memoryId}`;
}

/** Whether nothing has been shown yet today: the idea chosen now would be the day's first. */
export function isFirstIdeaOfDay(history: readonly HistoryEntry[], now: number, dayStartsAtMinutes = defaultSettings.dayStartsAtMinutes): boolean {
  const start = dayStart(now, dayStartsAtMinutes);
  return !history.some((entry) => entry.shownAt >= start && entry.shownAt <= now);
}

/**
 * The ideas that felt heavy and may not be offered now: those of the last two weeks, and
 * on the first idea of a day every one the history still holds.
 */
export function heldBack(history: readonly HistoryEntry[], now: number, dayStartsAtMinutes?: number): HeldBack {
  const firstOfDay = isFirstIdeaOfDay(history, now, dayStartsAtMinutes);
  const heavy = history.filter((entry) => feltHeavy(entry) && (firstOfDay || now - entry.shownAt < HEAVY_IDEA_REST_DAYS * DAY_MS));
  return {
    templateIds: new Set(heavy.map((entry) => entry.suggestion.templateId)),
    details: new Set(heavy.flatMap(({ suggestion }) => (suggestion.memoryId ? [detailKey(suggestion.personId, suggestion.memoryId)] : []))),
  };
}

/** Today's energy kept: the question put once a day, the answer, and what a Low day's choice rests. */
import { energyToAsk, type EnergyAnswer, type LowDayChoice } from '../core/energy';
import { isOpen, type Nudge } from '../core/nudge';
import type { Random } from '../core/random';
import { fitsToday, suggest, type Translate } from '../core/suggest';
import { templateById } from '../core/templates';
import { dayKey } from '../core/time';
import { db } from './database';
import { ideaInput } from './ideas';
import { recordStep } from './nudges';
import { getSettings, muteToday, updateSettings } from './settings';

/**
 * Today's energy question has been put to the person (on a card or in the popup): asked
 * once a day, it now counts as skipped until they answer, so it is never asked twice the
 * same day. An answer already given today stays. Returns whether the question is theirs
 * to answer now: nothing was asked today before, or it was asked on this same card.
 */
export async function markEnergyAsked(now: number, cardId?: number): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const settings = await getSettings();
    if (!energyToAsk(settings, now, cardId)) return false;
    const day = dayKey(now, settings.dayStartsAtMinutes);
    await updateSettings({ energyToday: { day, level: 'skipped', ...(cardId === undefined ? {} : { askedOnCard: cardId }) } });
    return true;
  });
}

export type EnergyResult = { ok: true; nudge?: Nudge } | { ok: false; error: 'step-not-allowed' | 'not-found' };

/**
 * Keeps today's energy. An idea it was told on that nothing has been started on is fitted
 * to the answer: one that does not fit is swapped for one that does (not counted as
 * "Another idea"). A Low answer rests nothing by itself: the person chooses next
 * (`chooseLowDay`), so that no answer closes a card sooner than another.
 */
export async function recordEnergy(
  level: EnergyAnswer['level'],
  id: number | undefined,
  now: number,
  random: Random,
  translate: Translate,
): Promise<EnergyResult> {
  return db.transaction('rw', [db.nudges, db.people, db.settings, db.rituals], async (): Promise<EnergyResult> => {
    const settings = await getSettings();
    await updateSettings({ energyToday: { day: dayKey(now, settings.dayStartsAtMinutes), level } });
    const nudge = id === undefined ? undefined : await db.nudges.get(id);
    if (!nudge || id === undefined || nudge.status !== 'shown') return { ok: true };
    const template = templateById(nudge.suggestion.templateId);
    if (level === 'skipped' || (template && fitsToday(template, level, now))) return { ok: true, nudge };
    const next = { ...nudge, suggestion: suggest(await ideaInput(nudge, id, now, random, translate)), updatedAt: now };
    await db.nudges.put(next);
    return { ok: true, nudge: next };
  });
}

export type LowDayResult = { ok: true; nudge?: Nudge; rested?: true } | { ok: false; error: 'step-not-allowed' | 'not-found' };

/**
 * After a Low answer, what the person chose, remembered for the next Low day ("On low
 * days"): rest today (the cards rest until the day ends, and the idea it was chosen on
 * with them), or one tiny idea (the idea, already fitted to a Low day, stays).
 */
export async function chooseLowDay(choice: LowDayChoice, id: number | undefined, now: number): Promise<LowDayResult> {
  return db.transaction('rw', [db.nudges, db.settings, db.people], async (): Promise<LowDayResult> => {
    await updateSettings({ lowEnergyRests: choice === 'rest' });
    const nudge = id === undefined ? undefined : await db.nudges.get(id);
    if (choice === 'tiny') return { ok: true, ...(nudge ? { nudge } : {}) };
    if (nudge && id !== undefined && isOpen(nudge)) {
      const muted = await recordStep(id, { kind: 'mute' }, now);
      return muted.ok ? { ok: true, nudge: muted.nudge, rested: true } : muted;
    }
    await muteToday(now);
    return { ok: true, ...(nudge ? { nudge } : {}), rested: true };
  });
}

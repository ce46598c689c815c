import { isOpen, otherIdeasLeft, withOtherIdea, type Nudge } from '../core/nudge';
import type { Random } from '../core/random';
import { energyOf, type EnergyAnswer } from '../core/settings';
import { fitsToday, IDEAS_HISTORY_DAYS, suggest, suggestAnother, type SuggestInput, type Translate } from '../core/suggest';
import { templateById } from '../core/templates';
import { siteById } from '../core/moments';
import { ritualsOfToday } from '../core/rituals';
import { DAY_MS, dayKey } from '../core/time';
import { db } from './database';
import { nudgesSince, recordStep } from './nudges';
import { listPeople } from './people';
import { listRituals } from './rituals';
import { getSettings, muteToday, updateSettings } from './settings';

export type OtherIdeaResult = { ok: true; nudge: Nudge } | { ok: false; error: 'not-found' | 'step-not-allowed' };

/**
 * "Another idea": a different person or message for the same card, a few times at most.
 * The ones set aside are remembered on the nudge so they do not come straight back.
 */
export async function anotherIdea(id: number, now: number, random: Random, translate: Translate): Promise<OtherIdeaResult> {
  return db.transaction('rw', [db.nudges, db.people, db.settings, db.rituals], async (): Promise<OtherIdeaResult> => {
    const nudge = await db.nudges.get(id);
    if (!nudge) return { ok: false, error: 'not-found' };
    if (!isOpen(nudge) || otherIdeasLeft(nudge) === 0) return { ok: false, error: 'step-not-allowed' };
    const { suggestion } = suggestAnother(await ideaInput(nudge, id, now, random, translate), nudge.suggestion, nudge.tried ?? { templateIds: [], personIds: [] });
    const next = withOtherIdea(nudge, suggestion, now);
    await db.nudges.put(next);
    return { ok: true, nudge: next };
  });
}

/** What choosing an idea for this card needs: its moment, the people, recent history, today's rituals and today's energy. */
async function ideaInput(nudge: Nudge, id: number, now: number, random: Random, translate: Translate): Promise<SuggestInput> {
  const [people, history, settings, rituals] = await Promise.all([listPeople(), nudgesSince(now - IDEAS_HISTORY_DAYS * DAY_MS), getSettings(), listRituals()]);
  const site = nudge.site ? siteById(nudge.site) : undefined;
  const energy = energyOf(settings, now);
  return {
    ...(site ? { moment: site.kind, site: site.id } : {}),
    people,
    // This card's own row would make its person look "suggested lately".
    history: history.filter((n) => n.id !== id),
    ritualsToday: ritualsOfToday(rituals, now, settings),
    now,
    dayStartsAtMinutes: settings.dayStartsAtMinutes,
    random,
    translate,
    ...(energy ? { energy } : {}),
  };
}

export type EnergyResult = { ok: true; nudge?: Nudge; rested?: true } | { ok: false; error: 'step-not-allowed' | 'not-found' };

/**
 * Keeps today's energy. On a Low day, if the person asked for rest on such days, the cards
 * rest until tomorrow wherever it was told, and a card it was told on that nothing has
 * been started on goes quiet with them. Otherwise such a card is fitted to the answer: an
 * idea that does not fit is swapped for one that does (not counted as "Another idea").
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
    const fresh = nudge && id !== undefined && nudge.status === 'shown' ? { id, nudge } : undefined;
    if (level === 'low' && settings.lowEnergyRests) {
      if (!fresh) {
        await muteToday(now);
        return { ok: true, rested: true };
      }
      const muted = await recordStep(fresh.id, { kind: 'mute' }, now);
      return muted.ok ? { ok: true, nudge: muted.nudge, rested: true } : muted;
    }
    if (!fresh) return { ok: true };
    const template = templateById(fresh.nudge.suggestion.templateId);
    if (level === 'skipped' || (template && fitsToday(template, level, now))) return { ok: true, nudge: fresh.nudge };
    const suggestion = suggest(await ideaInput(fresh.nudge, fresh.id, now, random, translate));
    const next = { ...fresh.nudge, suggestion, updatedAt: now };
    await db.nudges.put(next);
    return { ok: true, nudge: next };
  });
}

import { energyAfterFeelings, HEAVY_IN_A_ROW } from '../core/heavy';
import { isOpen, newNudge, otherIdeasLeft, withOtherIdea, type Nudge } from '../core/nudge';
import { isOpenPageNudge } from '../core/policy';
import type { Random } from '../core/random';
import { energyOf } from '../core/energy';
import { IDEAS_HISTORY_DAYS, suggest, suggestAnother, type SuggestInput, type Translate } from '../core/suggest';
import { siteById } from '../core/moments';
import { ritualsOfToday } from '../core/rituals';
import { DAY_MS, dayKey, dayStart } from '../core/time';
import { db } from './database';
import { latestFeelings } from './feelings';
import { addNudge, nudgesSince } from './nudges';
import { listPeople } from './people';
import { listRituals } from './rituals';
import { getSettings } from './settings';

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
    const { suggestion } = suggestAnother(
      await ideaInput(nudge, id, now, random, translate),
      nudge.suggestion,
      nudge.tried ?? { templateIds: [], personIds: [] },
    );
    const next = withOtherIdea(nudge, suggestion, now);
    await db.nudges.put(next);
    return { ok: true, nudge: next };
  });
}

/**
 * The popup's idea for today: a note left unfinished there, else a card open on a page now
 * (where the page keeps the card from being seen, the card points the person here), else
 * the idea the popup showed earlier today, else a new one, kept as a nudge of the popup.
 */
export async function todaysIdea(now: number, random: Random, translate: Translate): Promise<{ id: number; nudge: Nudge }> {
  return db.transaction('rw', [db.nudges, db.people, db.settings, db.rituals], async () => {
    const settings = await getSettings();
    const day = dayKey(now, settings.dayStartsAtMinutes);
    const today = (await nudgesSince(dayStart(now, settings.dayStartsAtMinutes))).filter((nudge) => nudge.day === day).reverse();
    const found =
      today.find((nudge) => nudge.origin === 'popup' && nudge.status === 'writing') ??
      today.find((nudge) => isOpenPageNudge(nudge, now)) ??
      today.find((nudge) => nudge.origin === 'popup' && nudge.status === 'shown');
    if (found?.id !== undefined) return { id: found.id, nudge: found };
    const nudge = newNudge(
      { origin: 'popup', suggestion: suggest(await ideaInput(undefined, undefined, now, random, translate)) },
      now,
      settings.dayStartsAtMinutes,
    );
    return { id: await addNudge(nudge), nudge };
  });
}

/**
 * What choosing an idea needs: the card's moment (none for the popup), the people, recent
 * history, today's rituals and today's energy (the smallest ideas after a hello that felt
 * heavier today).
 */
export async function ideaInput(nudge: Nudge | undefined, id: number | undefined, now: number, random: Random, translate: Translate): Promise<SuggestInput> {
  const [people, history, settings, rituals, feelings] = await Promise.all([
    listPeople(),
    nudgesSince(now - IDEAS_HISTORY_DAYS * DAY_MS),
    getSettings(),
    listRituals(),
    latestFeelings(HEAVY_IN_A_ROW),
  ]);
  const site = nudge?.site ? siteById(nudge.site) : undefined;
  const energy = energyAfterFeelings(energyOf(settings, now), feelings, now, settings.dayStartsAtMinutes);
  return {
    ...(site ? { moment: site.kind, site: site.id } : {}),
    people,
    // This idea's own row would make its person look "suggested lately".
    history: history.filter((n) => n.id !== id),
    ritualsToday: ritualsOfToday(rituals, now, settings),
    now,
    dayStartsAtMinutes: settings.dayStartsAtMinutes,
    random,
    translate,
    ...(energy ? { energy } : {}),
  };
}

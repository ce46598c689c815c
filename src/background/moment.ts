import type { MomentSite } from '../core/moments';
import { mailboxOf } from '../core/compose';
import { newNudge } from '../core/nudge';
import { energyOf } from '../core/energy';
import { energyAfterFeelings, heavierHeardAt, HEAVY_IN_A_ROW, heavyState } from '../core/heavy';
import { madeAHelloToday } from '../core/hellos';
import { decideNudge, type Decision } from '../core/policy';
import { countsAsMoment, shouldSpendCard } from '../core/card-timing';
import { weighIdeaKinds } from '../core/idea-preferences';
import type { LearnedState } from '../core/learning';
import { momentContext } from '../core/moment-context';
import type { Energy } from '../core/energy';
import { ritualsOfToday } from '../core/rituals';
import type { Random } from '../core/random';
import { IDEAS_HISTORY_DAYS, suggest, type Translate } from '../core/suggest';
import { DAY_MS, dayKey, dayStart } from '../core/time';
import { db } from '../db/database';
import { latestFeelings } from '../db/feelings';
import { learnMoment, learnUpTo } from '../db/learning';
import { hellosSince } from '../db/hellos';
import { addNudge, nudgesSince } from '../db/nudges';
import { listPeople } from '../db/people';
import { listRituals } from '../db/rituals';
import { getSettings } from '../db/settings';
import type { MomentReply } from '../messages';

/**
 * A routine moment happened on `site`. Deciding and recording run in one transaction, so
 * that five tabs opening at once are answered one after another and only one card shows;
 * the nudge row exists before the card does.
 */
export async function handleMoment(
  site: MomentSite,
  now: number,
  random: Random,
  translate: Translate,
  where: { privateWindow?: boolean; url?: string | undefined } = {},
): Promise<MomentReply> {
  return db.transaction('rw', [db.nudges, db.settings, db.people, db.hellos, db.rituals, db.learning], async (): Promise<MomentReply> => {
    const settings = await getSettings();
    const { dayStartsAtMinutes } = settings;
    // From the start of yesterday: enough for today's rules and any cooldown crossing midnight.
    const since = dayStart(now, dayStartsAtMinutes) - DAY_MS;
    const [recent, hellos, feelings] = await Promise.all([nudgesSince(since), hellosSince(since), latestFeelings(HEAVY_IN_A_ROW)]);
    const decision = decideNudge({
      settings,
      recentNudges: recent,
      site: site.id,
      now,
      privateWindow: where.privateWindow === true,
      heavy: heavyState({ feelings, now, dayStartsAtMinutes, ideasAnywayAt: settings.ideasAnywayAt }),
      heavierAt: heavierHeardAt(feelings, settings.ideasAnywayAt),
      helloMadeToday: madeAHelloToday(recent, hellos, now, dayStartsAtMinutes),
    });
    const energy = energyAfterFeelings(energyOf(settings, now), feelings, now, dayStartsAtMinutes);
    const learned = settings.learningOn && where.privateWindow !== true ? await learnFromMoment(site, decision, energy, now, dayStartsAtMinutes) : undefined;
    if (!decision.show) return decision;
    if (learned) {
      const cardsLeftToday = settings.dailyCap - recent.filter((n) => n.origin === 'page' && n.shownAt >= dayStart(now, dayStartsAtMinutes)).length;
      const spend = shouldSpendCard(learned.receptivity, {
        context: momentContext(site.kind, now, energy, dayStartsAtMinutes),
        cardsLeftToday,
        now,
        dayStartsAtMinutes,
        random,
      });
      if (!spend.spend) return { show: false, reason: 'better-moment-ahead' };
    }
    const [people, history, rituals] = await Promise.all([listPeople(), nudgesSince(now - IDEAS_HISTORY_DAYS * DAY_MS), listRituals()]);
    const ritualsToday = ritualsOfToday(rituals, now, settings);
    const ideaWeights = learned ? weighIdeaKinds(learned.ideas, now) : undefined;
    const suggestion = suggest({
      moment: site.kind,
      site: site.id,
      people,
      history,
      ritualsToday,
      now,
      dayStartsAtMinutes,
      random,
      translate,
      ideaWeights,
      ...(energy ? { energy } : {}),
    });
    const mailbox = mailboxOf(where.url);
    const nudge = newNudge({ origin: 'page', site: site.id, suggestion }, now, dayStartsAtMinutes);
    const nudgeId = await addNudge(mailbox ? { ...nudge, mailbox } : nudge);
    return { show: true, nudgeId, corner: settings.cardCorners[site.id] ?? 'right', phonePlace: settings.cardPlaceOnPhone };
  });
}

/**
 * What learning takes from a moment: the cards settled since the last one, and the moment
 * itself where it counts (one the person did not quiet). Returns the state to decide with.
 */
async function learnFromMoment(
  site: MomentSite,
  decision: Decision,
  energy: Energy | undefined,
  now: number,
  dayStartsAtMinutes: number,
): Promise<LearnedState> {
  const state = await learnUpTo(now, dayStartsAtMinutes);
  if (!countsAsMoment(decision)) return state;
  return learnMoment(state, momentContext(site.kind, now, energy, dayStartsAtMinutes), dayKey(now, dayStartsAtMinutes), now);
}

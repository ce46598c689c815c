import type { MomentSite } from '../core/moments';
import { mailboxOf } from '../core/compose';
import { newNudge } from '../core/nudge';
import { energyOf } from '../core/settings';
import { energyAfterFeelings, heavierHeardAt, HEAVY_IN_A_ROW, heavyState } from '../core/heavy';
import { madeAHelloToday } from '../core/hellos';
import { decideNudge } from '../core/policy';
import { ritualsOfToday } from '../core/rituals';
import type { Random } from '../core/random';
import { IDEAS_HISTORY_DAYS, suggest, type Translate } from '../core/suggest';
import { DAY_MS, dayStart } from '../core/time';
import { db } from '../db/database';
import { latestFeelings } from '../db/feelings';
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
  return db.transaction('rw', [db.nudges, db.settings, db.people, db.hellos, db.rituals], async (): Promise<MomentReply> => {
    const settings = await getSettings();
    // From the start of yesterday: enough for today's rules and any cooldown crossing midnight.
    const since = dayStart(now, settings.dayStartsAtMinutes) - DAY_MS;
    const [recent, hellos, feelings] = await Promise.all([nudgesSince(since), hellosSince(since), latestFeelings(HEAVY_IN_A_ROW)]);
    const decision = decideNudge({
      settings,
      recentNudges: recent,
      site: site.id,
      now,
      privateWindow: where.privateWindow === true,
      heavy: heavyState({ feelings, now, dayStartsAtMinutes: settings.dayStartsAtMinutes, ideasAnywayAt: settings.ideasAnywayAt }),
      heavierAt: heavierHeardAt(feelings, settings.ideasAnywayAt),
      helloMadeToday: madeAHelloToday(recent, hellos, now, settings.dayStartsAtMinutes),
    });
    if (!decision.show) return decision;
    const [people, history, rituals] = await Promise.all([listPeople(), nudgesSince(now - IDEAS_HISTORY_DAYS * DAY_MS), listRituals()]);
    const energy = energyAfterFeelings(energyOf(settings, now), feelings, now, settings.dayStartsAtMinutes);
    const ritualsToday = ritualsOfToday(rituals, now, settings);
    const { dayStartsAtMinutes } = settings;
    const suggestion = suggest({ moment: site.kind, site: site.id, people, history, ritualsToday, now, dayStartsAtMinutes, random, translate, ...(energy ? { energy } : {}) });
    const mailbox = mailboxOf(where.url);
    const nudge = newNudge({ origin: 'page', site: site.id, suggestion }, now, settings.dayStartsAtMinutes);
    const nudgeId = await addNudge(mailbox ? { ...nudge, mailbox } : nudge);
    return { show: true, nudgeId, corner: settings.cardCorners[site.id] ?? 'right' };
  });
}

import { isOpen, otherIdeasLeft, withOtherIdea, type Nudge } from '../core/nudge';
import type { Random } from '../core/random';
import { suggestAnother, TEMPLATE_REPEAT_DAYS, type Translate } from '../core/suggest';
import { siteById } from '../core/moments';
import { DAY_MS } from '../core/time';
import { db } from './database';
import { nudgesSince } from './nudges';
import { listPeople } from './people';

export type OtherIdeaResult = { ok: true; nudge: Nudge } | { ok: false; error: 'not-found' | 'step-not-allowed' };

/**
 * "Another idea": a different person or message for the same card, a few times at most.
 * The ones set aside are remembered on the nudge so they do not come straight back.
 */
export async function anotherIdea(id: number, now: number, random: Random, translate: Translate): Promise<OtherIdeaResult> {
  return db.transaction('rw', db.nudges, db.people, async (): Promise<OtherIdeaResult> => {
    const nudge = await db.nudges.get(id);
    if (!nudge) return { ok: false, error: 'not-found' };
    if (!isOpen(nudge) || otherIdeasLeft(nudge) === 0) return { ok: false, error: 'step-not-allowed' };
    const [people, history] = await Promise.all([listPeople(), nudgesSince(now - TEMPLATE_REPEAT_DAYS * DAY_MS)]);
    const site = nudge.site ? siteById(nudge.site) : undefined;
    const { suggestion } = suggestAnother(
      {
        ...(site ? { moment: site.kind, site: site.id } : {}),
        people,
        // This card's own row would make its person look "suggested lately".
        history: history.filter((n) => n.id !== id),
        now,
        random,
        translate,
      },
      nudge.suggestion,
      nudge.tried ?? { templateIds: [], personIds: [] },
    );
    const next = withOtherIdea(nudge, suggestion, now);
    await db.nudges.put(next);
    return { ok: true, nudge: next };
  });
}

import { momentContext } from '../core/moment-context';
import { siteById } from '../core/moments';
import type { Translate } from '../core/render';
import { energyOf } from '../core/energy';
import { whyNow } from '../core/why-now';
import { whyNowSentence } from '../core/why-now-words';
import { readLearning } from '../db/learning';
import { getNudge } from '../db/nudges';
import { getSettings } from '../db/settings';
import type { Reply, Responses } from '../messages';

/**
 * What was learned of the moment a card came, in one sentence for its Why this?: said of
 * cards on a page while learning is on, and nothing otherwise (the popup's ideas have no
 * moment; with learning off there is nothing to say).
 */
export async function explainMoment(id: number, now: number, translate: Translate): Promise<Reply<Responses['why-now']>> {
  const nudge = await getNudge(id);
  if (!nudge) return { ok: false, error: 'not-found' };
  const site = nudge.site ? siteById(nudge.site) : undefined;
  const settings = await getSettings();
  if (!site || !settings.learningOn) return { ok: true, value: {} };
  const learned = await readLearning();
  const context = momentContext(site.kind, nudge.shownAt, energyOf(settings, nudge.shownAt), settings.dayStartsAtMinutes);
  return { ok: true, value: { sentence: whyNowSentence(whyNow(learned.receptivity, context, now), translate) } };
}

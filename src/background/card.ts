import { isOpen, otherIdeasLeft, type Nudge } from '../core/nudge';
import { OPEN_CARD_LIFETIME_MINUTES } from '../core/policy';
import { minutes } from '../core/time';
import type { Random } from '../core/random';
import type { Translate } from '../core/suggest';
import { anotherIdea } from '../db/ideas';
import { getNudge, recordStep } from '../db/nudges';
import type { CardStep, NudgeView, Reply, Responses } from '../messages';

/**
 * What the card may show: only an in-page nudge that is still open. An id that is unknown,
 * already settled or long abandoned is stale, and the card stays away.
 */
export async function viewNudge(id: number, now: number): Promise<Reply<NudgeView>> {
  const nudge = await getNudge(id);
  const fresh = nudge && nudge.origin === 'page' && isOpen(nudge) && now - nudge.shownAt < minutes(OPEN_CARD_LIFETIME_MINUTES);
  if (!nudge || !fresh) return { ok: false, error: 'not-found' };
  return { ok: true, value: toView(id, nudge) };
}

export function toView(id: number, nudge: Nudge): NudgeView {
  return {
    id,
    status: nudge.status,
    suggestion: nudge.suggestion,
    otherIdeasLeft: otherIdeasLeft(nudge),
    ...(nudge.site ? { site: nudge.site } : {}),
    ...(nudge.finalText !== undefined ? { finalText: nudge.finalText } : {}),
  };
}

export async function otherIdea(id: number, now: number, random: Random, translate: Translate): Promise<Reply<NudgeView>> {
  const result = await anotherIdea(id, now, random, translate);
  return result.ok ? { ok: true, value: toView(id, result.nudge) } : result;
}

export async function recordCardStep(id: number, step: CardStep, now: number): Promise<Reply<Responses['nudge-step']>> {
  const result = await recordStep(id, step, now);
  return result.ok ? { ok: true, value: { status: result.nudge.status } } : result;
}

import browser from 'webextension-polyfill';
import type { SiteId } from '../core/moments';
import { otherIdeasLeft, type Nudge } from '../core/nudge';
import { isOpenPageNudge } from '../core/policy';
import type { LowDayChoice } from '../core/energy';
import type { NudgeStep } from '../core/nudge-step';
import type { Corner } from '../core/settings';
import type { EnergyAnswer } from '../core/energy';
import type { Random } from '../core/random';
import type { Translate } from '../core/suggest';
import { anotherIdea, todaysIdea } from '../db/ideas';
import { chooseLowDay, recordEnergy } from '../db/energy';
import { forgetUnseenNudge, getNudge, recordStep } from '../db/nudges';
import { getSettings, setCardCorner } from '../db/settings';
import { markEnergyAsked } from '../db/energy';
import type { Broadcast, CardToHost, HostDelivery, HostToCard, NudgeView, Reply, Responses } from '../messages';

/**
 * What the card may show: only an in-page nudge that is still open. An id that is unknown,
 * already settled or long abandoned is stale, and the card stays away.
 */
export async function viewNudge(id: number, now: number): Promise<Reply<NudgeView>> {
  const nudge = await openPageNudge(id, now);
  if (!nudge) return { ok: false, error: 'not-found' };
  // A card the page moves loads again: it still asks, as the one time it was asked.
  return { ok: true, value: await withEnergyQuestion(id, nudge, now, id) };
}

/** The popup's idea for today, the same flow as a card's: see db/ideas.ts `todaysIdea`. */
export async function viewTodaysIdea(now: number, random: Random, translate: Translate): Promise<Reply<NudgeView>> {
  const { id, nudge } = await todaysIdea(now, random, translate);
  return { ok: true, value: await withEnergyQuestion(id, nudge, now, undefined) };
}

/**
 * Today's energy is asked on the first card or popup of the day that shows an idea, and
 * then counts as skipped until answered: ignored, it is not asked again, anywhere (but on
 * the card it was put on, `askedOn`).
 */
async function withEnergyQuestion(id: number, nudge: Nudge, now: number, askedOn: number | undefined): Promise<NudgeView> {
  if (nudge.status !== 'shown' || !(await markEnergyAsked(now, askedOn))) return toView(id, nudge);
  const { lowEnergyRests } = await getSettings();
  return { ...toView(id, nudge), askEnergy: true, lowDayFirst: lowEnergyRests ? 'rest' : 'tiny' };
}

async function openPageNudge(id: number, now: number): Promise<Nudge | undefined> {
  const nudge = await getNudge(id);
  return nudge && isOpenPageNudge(nudge, now) ? nudge : undefined;
}

export function toView(id: number, nudge: Nudge): NudgeView {
  return {
    id,
    status: nudge.status,
    suggestion: nudge.suggestion,
    otherIdeasLeft: otherIdeasLeft(nudge),
    ...(nudge.site ? { site: nudge.site } : {}),
    ...(nudge.finalText !== undefined ? { finalText: nudge.finalText } : {}),
    ...(nudge.mailbox ? { mailbox: nudge.mailbox } : {}),
    ...(nudge.expectedAwkward !== undefined ? { expectedAwkward: nudge.expectedAwkward } : {}),
    ...(nudge.channel !== undefined ? { channelUsed: true as const } : {}),
  };
}

/**
 * Today's energy, told once: it is kept for the day, and the idea it was told on (if
 * nothing has been started there) is fitted to it.
 */
export async function tellEnergy(
  level: EnergyAnswer['level'],
  id: number | undefined,
  now: number,
  random: Random,
  translate: Translate,
): Promise<Reply<Responses['energy']>> {
  const result = await recordEnergy(level, id, now, random, translate);
  if (!result.ok) return result;
  return { ok: true, value: result.nudge && id !== undefined ? { view: toView(id, result.nudge) } : {} };
}

/** After a Low answer: rest today, or one tiny idea, as the person chose (and will find first next time). */
export async function lowDay(choice: LowDayChoice, id: number | undefined, now: number): Promise<Reply<Responses['low-day']>> {
  const result = await chooseLowDay(choice, id, now);
  if (!result.ok) return result;
  return {
    ok: true,
    value: {
      ...(result.nudge && id !== undefined ? { view: toView(id, result.nudge) } : {}),
      ...(result.rested ? { resting: true as const } : {}),
    },
  };
}

export async function otherIdea(id: number, now: number, random: Random, translate: Translate): Promise<Reply<NudgeView>> {
  const result = await anotherIdea(id, now, random, translate);
  return result.ok ? { ok: true, value: toView(id, result.nudge) } : result;
}

export async function recordIdeaStep(id: number, step: NudgeStep, now: number): Promise<Reply<Responses['nudge-step']>> {
  const result = await recordStep(id, step, now);
  return result.ok ? { ok: true, value: { status: result.nudge.status } } : result;
}

/**
 * Hands the card's word to the content script in the top frame of the card's own tab, and
 * its answer back. The card cannot reach it directly in every browser (Firefox gives a
 * framed extension page no `tabs` API), and the page's window would overhear.
 */
export async function relayToHost(id: number, message: CardToHost, tabId: number): Promise<Reply<Responses['card-host']>> {
  const delivery: HostDelivery = { smallHellosCard: id, message };
  try {
    const answer = (await browser.tabs.sendMessage(tabId, delivery, { frameId: 0 })) as HostToCard | undefined;
    return { ok: true, value: answer?.kind === 'seen' ? { answer: { kind: 'seen', seen: answer.seen === true } } : {} };
  } catch {
    // The tab navigated away or closed: there is no host to tell.
    return { ok: false, error: 'not-found' };
  }
}

/** The card was moved: the next card on the same site sits in that corner too. */
export async function moveCard(id: number, corner: Corner, now: number): Promise<Reply<Responses['card-corner']>> {
  const nudge = await openPageNudge(id, now);
  if (!nudge?.site) return { ok: false, error: 'not-found' };
  await setCardCorner(nudge.site, corner);
  return { ok: true, value: { corner } };
}

/**
 * The page kept taking the card away until the content script gave up: the person never
 * saw it, so it is forgotten and does not count against the day. Only a card nobody has
 * touched, on the site that asks, can be forgotten this way.
 */
export async function forgetUnseenCard(id: number, site: SiteId): Promise<Reply<Responses['card-unseen']>> {
  return { ok: true, value: { removed: await forgetUnseenNudge(id, site) } };
}

/** Every open card closes: the person asked for quiet somewhere else. No card open is fine. */
export async function quietOpenCards(): Promise<void> {
  await broadcast({ type: 'cards-quiet' });
}

/** An idea changed from outside its card (the popup wrote it): a card showing it follows. */
export async function ideaChanged(id: number): Promise<void> {
  await broadcast({ type: 'nudge-changed', id });
}

async function broadcast(message: Broadcast): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

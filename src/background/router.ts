import browser, { type Runtime } from 'webextension-polyfill';
import { translate } from '../i18n';
import { changeQuiet } from '../db/settings';
import { isQuotaError } from '../db/storage-errors';
import { parseRequest, SENDER_RULES, type Reply, type Request, type RequestType, type Responses, type SenderRule } from '../messages';
import {
  forgetUnseenCard,
  ideaChanged,
  lowDay,
  moveCard,
  otherIdea,
  quietOpenCards,
  recordIdeaStep,
  relayToHost,
  tellEnergy,
  viewNudge,
  viewTodaysIdea,
} from './card';
import { noteAway, takeArrival } from './arrivals';
import { isMoveHome } from '../core/site-places';
import { holdCardWithSheet, releaseCardSheet } from './card-sheet';
import { handleMoment } from './moment';
import { openOwnPage } from './own-pages';
import { refreshRituals } from './rituals';
import { explainMoment } from './why-now';
import { switchSiteOff } from './site-off';
import { identify, type Speakers } from './senders';
import { refreshToolbar } from '../toolbar/indicator';

type Handler<K extends RequestType> = (
  request: Extract<Request, { type: K }>,
  from: Speakers[(typeof SENDER_RULES)[K]],
  now: number,
) => Promise<Reply<Responses[K]>>;

const BAD_SENDER = { ok: false, error: 'bad-sender' } as const;

/** Each handler hears only from whom its request's sender rule allows (src/messages.ts), checked before it runs. */
const handlers: { [K in RequestType]: Handler<K> } = {
  async moment(request, { sender, site }, now) {
    // The browser's word for the sender's address may lag behind a move within the page, so
    // the script says where it went: on the sender's own site, or it is no move at all.
    const { from, to } = request;
    const intoHome = from !== undefined && to !== undefined && sender.url !== undefined && isMoveHome(site.id, from, to, sender.url);
    if (!(await takeArrival(site.id, sender.tab?.id, request.arrival ?? 'opened', now, intoHome)))
      return { ok: true, value: { show: false, reason: 'same-moment' } };
    const where = { privateWindow: sender.tab?.incognito === true, url: sender.url };
    const reply = await handleMoment(site, now, Math.random, translate, where);
    if (!reply.show) return { ok: true, value: reply };
    const displayBy = await holdCardWithSheet(sender);
    return { ok: true, value: displayBy ? { ...reply, displayBy } : reply };
  },
  async 'moment-away'(_request, { tabId }, now) {
    await noteAway(tabId, now);
    return { ok: true, value: { noted: true } };
  },
  async 'card-unseen'(request, { site }) {
    return forgetUnseenCard(request.id, site.id);
  },
  async 'card-gone'(request, { sender }) {
    return { ok: true, value: { released: await releaseCardSheet(sender, request.displayBy) } };
  },
  async 'nudge-get'(request, _from, now) {
    return viewNudge(request.id, now);
  },
  async 'nudge-today'(_request, _from, now) {
    return viewTodaysIdea(now, Math.random, translate);
  },
  async 'nudge-step'(request, { sender }, now) {
    const reply = await recordIdeaStep(request.id, request.step, now);
    if (reply.ok && request.step.kind === 'mute') await quietChanged(now);
    if (reply.ok) await changedOutsideItsCard(request.id, sender);
    return reply;
  },
  async 'nudge-another'(request, { sender }, now) {
    const reply = await otherIdea(request.id, now, Math.random, translate);
    if (reply.ok) await changedOutsideItsCard(request.id, sender);
    return reply;
  },
  async 'why-now'(request, _from, now) {
    return explainMoment(request.id, now, translate);
  },
  async energy(request, { sender }, now) {
    const reply = await tellEnergy(request.level, request.id, now, Math.random, translate);
    if (reply.ok && request.id !== undefined) await changedOutsideItsCard(request.id, sender);
    return reply;
  },
  async 'low-day'(request, { sender }, now) {
    const reply = await lowDay(request.choice, request.id, now);
    // Rest chosen on a card or in the popup: the title and open cards follow.
    if (reply.ok && reply.value.resting) await quietChanged(now);
    if (reply.ok && request.id !== undefined) await changedOutsideItsCard(request.id, sender);
    return reply;
  },
  async 'card-host'(request, { tabId }) {
    return relayToHost(request.id, request.message, tabId);
  },
  async 'card-corner'(request, _from, now) {
    return moveCard(request.id, request.corner, now);
  },
  async 'site-off'(request, _from, now) {
    return switchSiteOff(request.id, now);
  },
  async quiet(request, _from, now) {
    await changeQuiet(request.change, now);
    return { ok: true, value: { quietUntil: await quietChanged(now) } };
  },
  async 'open-page'(request) {
    await openOwnPage(request.page);
    return { ok: true, value: { opened: true } };
  },
  async 'rituals-changed'(_request, _from, now) {
    await refreshRituals(now);
    return { ok: true, value: { refreshed: true } };
  },
};

/** The toolbar title follows the stored quiet time at once, and cards already open go quiet too. */
async function quietChanged(now: number): Promise<number> {
  const until = await refreshToolbar(now);
  if (until > now) await quietOpenCards();
  return until;
}

/**
 * The card and the popup may show the same idea (the popup shows a card open on a page).
 * When the popup wrote it, a card showing it follows; a card's own steps need no echo.
 */
async function changedOutsideItsCard(id: number, sender: Runtime.MessageSender): Promise<void> {
  const fromACard = sender.tab !== undefined && (sender.frameId ?? 0) > 0;
  if (!fromACard) await ideaChanged(id);
}

/**
 * Every message enters here: anything that is not a well-formed request from the right
 * kind of sender is answered with an error and changes nothing.
 */
export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  const request = parseRequest(message);
  if (!request) return { ok: false, error: 'bad-message' };
  try {
    const from = await identify(SENDER_RULES[request.type], sender, browser.runtime.id);
    if (!from) return BAD_SENDER;
    const handler = handlers[request.type] as (request: Request, from: Speakers[SenderRule], now: number) => Promise<Reply<unknown>>;
    return await handler(request, from, Date.now());
  } catch (error) {
    console.error('Small Hellos could not handle a message', request.type, error);
    return { ok: false, error: isQuotaError(error) ? 'storage-full' : 'storage-failed' };
  }
}

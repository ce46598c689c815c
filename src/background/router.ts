import browser, { type Runtime } from 'webextension-polyfill';
import { translate } from '../i18n';
import { parseRequest, type Reply, type Request, type RequestType, type Responses } from '../messages';
import { otherIdea, recordCardStep, viewNudge } from './card';
import { handleMoment } from './moment';
import { refreshQuietIndicator } from './quiet-indicator';
import { contentScriptSite, isExtensionPage } from './senders';

type Handler<K extends RequestType> = (
  request: Extract<Request, { type: K }>,
  sender: Runtime.MessageSender,
  now: number,
) => Promise<Reply<Responses[K]>>;

const handlers: { [K in RequestType]: Handler<K> } = {
  async moment(_request, sender, now) {
    const site = contentScriptSite(sender, browser.runtime.id);
    if (!site) return { ok: false, error: 'bad-sender' };
    return { ok: true, value: await handleMoment(site, now, Math.random, translate) };
  },
  async 'nudge-get'(request, sender, now) {
    if (!isExtensionPage(sender, browser.runtime.id)) return { ok: false, error: 'bad-sender' };
    return viewNudge(request.id, now);
  },
  async 'nudge-step'(request, sender, now) {
    if (!isExtensionPage(sender, browser.runtime.id)) return { ok: false, error: 'bad-sender' };
    const reply = await recordCardStep(request.id, request.step, now);
    if (reply.ok && request.step.kind === 'mute') await refreshQuietIndicator(now);
    return reply;
  },
  async 'nudge-another'(request, sender, now) {
    if (!isExtensionPage(sender, browser.runtime.id)) return { ok: false, error: 'bad-sender' };
    return otherIdea(request.id, now, Math.random, translate);
  },
  async 'quiet-changed'(_request, sender, now) {
    if (!isExtensionPage(sender, browser.runtime.id)) return { ok: false, error: 'bad-sender' };
    return { ok: true, value: { quietUntil: await refreshQuietIndicator(now) } };
  },
};

/**
 * Every message enters here: anything that is not a well-formed request from the right
 * kind of sender is answered with an error and changes nothing.
 */
export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  const request = parseRequest(message);
  if (!request) return { ok: false, error: 'bad-message' };
  try {
    const handler = handlers[request.type] as Handler<RequestType>;
    return await handler(request, sender, Date.now());
  } catch (error) {
    console.error('Small Hellos could not handle a message', request.type, error);
    return { ok: false, error: 'storage-failed' };
  }
}

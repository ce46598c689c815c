/**
 * What every story of the in-page card needs: ideas to show, a background that answers as
 * the real one would (or as a test says), and a fake host that hears the card and says
 * whether it is seen.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import type { MockInstance } from 'vitest';
import type { NudgeStep } from '../../../../src/core/nudge';
import type { CardToHost, NudgeView, Reply, Request } from '../../../../src/messages';
import { NudgeCard, type NudgeCardProps } from '../../../../src/ui/nudge/NudgeCard';
import type { HostLink } from '../../../../src/ui/nudge/host-link';
import { fakeBrowser } from '../../../support/fake-browser';

export const nudge: NudgeView = {
  id: 7,
  status: 'shown',
  site: 'gmail',
  suggestion: {
    templateId: 'thanks_reply',
    prompt: 'A line of genuine thanks in reply to one email?',
    draft: 'Thank you for this.',
    email: 'sam@example.com',
  },
  otherIdeasLeft: 3,
};

export const forMaya: NudgeView = {
  id: 7,
  status: 'shown',
  site: 'gmail',
  suggestion: {
    templateId: 'checkin_week',
    prompt: 'A short hello to Maya about her first week at the new job?',
    draft: 'Hi Maya, how was the first week?',
    personId: 1,
    personName: 'Maya',
    why: 'You wanted to write to Maya every two weeks.',
    email: 'maya@example.com',
  },
  otherIdeasLeft: 3,
};

export const forAlex: NudgeView = {
  ...forMaya,
  suggestion: {
    templateId: 'walk_invite',
    prompt: 'Ask Alex along for a short walk this weekend?',
    draft: 'Alex, fancy a short walk on Saturday?',
    personId: 2,
    personName: 'Alex',
    why: 'You wanted to write to Alex every week.',
    phone: '+49 170 1234567',
  },
  otherIdeasLeft: 2,
};

/** A generic idea while the person list is still empty. */
export const noPeopleYet: NudgeView = { ...nudge, suggestion: { ...nudge.suggestion, noPeopleYet: true } };

/** An idea away from the screen: done, not written. */
export const offline: NudgeView = { ...nudge, suggestion: { templateId: 'offline_neighbour', prompt: 'Say hello to a neighbour today?', draft: '' } };

/** The first card of the day: today's energy still to ask. */
export const asking: NudgeView = { ...nudge, askEnergy: true, lowDayFirst: 'tiny' };

export const SAVE_FAILED = 'Small Hellos could not save that. Please try again.';
export const RESTING = 'Resting today. Small Hellos will be here tomorrow.';
export const COVERED =
  'This page is covering this card or changing how it looks, so that did nothing. The same idea is waiting in the Small Hellos button in your toolbar.';

type Handler = (request: Request) => Reply<unknown> | undefined;

const STATUS_AFTER: Record<NudgeStep['kind'], string> = {
  writing: 'writing',
  draft: 'writing',
  channel: 'writing',
  sent: 'sent',
  reflect: 'sent',
  expect: 'writing',
  felt: 'sent',
  dismiss: 'dismissed',
  mute: 'muted',
};

/** Answers the card's requests the way the background would, unless `handler` says otherwise. Returns the steps it was sent. */
export function background(handler: Handler = () => undefined, view: NudgeView = nudge): NudgeStep[] {
  const steps: NudgeStep[] = [];
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: unknown) => {
    const request = message as Request;
    const special = handler(request);
    if (special) return special;
    if (request.type === 'nudge-get') return { ok: true, value: view };
    if (request.type === 'nudge-step') {
      steps.push(request.step);
      return { ok: true, value: { status: STATUS_AFTER[request.step.kind] } };
    }
    if (request.type === 'energy') return { ok: true, value: { view: { ...view, askEnergy: undefined } } };
    if (request.type === 'low-day') return { ok: true, value: request.choice === 'rest' ? { view: { ...view, status: 'muted' }, resting: true } : { view } };
    return { ok: false, error: 'bad-message' };
  });
  return steps;
}

/** What the card told its host, and what the host says of it: seen, or covered, or only just in view. */
export const card = { toHost: [] as CardToHost[], seen: true, justInView: false };
const host: HostLink = { send: (message) => card.toHost.push(message), askSeen: async () => card.seen };
export const hostProps = {
  connect: () => host,
  track: () => ({ seenLongEnough: () => card.seen, covered: () => !card.seen && !card.justInView, onChange: () => () => undefined, dispose: () => undefined }),
};

export let logged: MockInstance<Console['error']>;

/** Each story starts with a card in plain view, and keeps the test output quiet. */
export function freshCardEachTime(): void {
  beforeEach(() => {
    card.toHost = [];
    card.seen = true;
    card.justInView = false;
    // Failures are logged for developers as well as shown.
    logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}

export const closed = () => card.toHost.some((message) => message.kind === 'close');

/** The card for nudge 7, as the content script frames it. */
export function renderCard(props: Partial<NudgeCardProps> = {}) {
  return render(<NudgeCard {...hostProps} nudgeId={7} {...props} />);
}

/** Opens the card's menu (⋯) and chooses `name` in it. */
export async function fromMenu(name: string): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Menu' }));
  fireEvent.click(screen.getByRole('button', { name }));
}

/** Every request the card made of the background, by kind. */
export const asked = () => fakeBrowser.runtime.sendMessage.mock.calls.map(([message]) => (message as Request).type);

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Write it, on a card that shows `view`; returns the note. */
export async function startWriting(props: Partial<NudgeCardProps> = {}): Promise<HTMLTextAreaElement> {
  renderCard(props);
  fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
  return (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
}

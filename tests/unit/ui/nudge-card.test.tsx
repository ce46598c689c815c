import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { MockInstance } from 'vitest';
import type { CardToHost } from '../../../src/messages';
import type { NudgeStep } from '../../../src/core/nudge';
import type { NudgeView, Reply, Request } from '../../../src/messages';
import { NudgeCard } from '../../../src/ui/nudge/NudgeCard';
import { readCorner, readNudgeId } from '../../../src/ui/nudge/card-address';
import type { HostLink } from '../../../src/ui/nudge/host-link';
import { fakeBrowser } from '../../support/fake-browser';

const nudge: NudgeView = {
  id: 7,
  status: 'shown',
  site: 'gmail',
  suggestion: {
    templateId: 'thanks_reply',
    prompt: 'A line of genuine thanks in reply to one email?',
    draft: 'Thank you for this.',
    email: 'sam@example.com',
    subject: 'Thanks',
  },
  otherIdeasLeft: 3,
};

const forMaya: NudgeView = {
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

/** A generic idea while the person list is still empty. */
const noPeopleYet: NudgeView = { ...nudge, suggestion: { ...nudge.suggestion, noPeopleYet: true } };

/** An idea that answers the friend's news, where Help me reply kindly is offered. */
/** A follow-up on her news: a kind reply may end with a gentle question. */
const forMayaNews: NudgeView = {
  ...forMaya,
  suggestion: { ...forMaya.suggestion, templateId: 'fu_how_went', draft: 'Hi Maya,\nhow was the first week?' },
};

/** Her hard time: the note asks nothing back. */
const forMayaHardTime: NudgeView = {
  ...forMaya,
  suggestion: { ...forMaya.suggestion, templateId: 'em_detail_warmth', draft: 'Hi Maya,\nThinking of you. No need to reply.' },
};

const forAlex: NudgeView = {
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

type Handler = (request: Request) => Reply<unknown> | undefined;

/** Answers the card's requests the way the background would, unless `handler` says otherwise. */
function background(handler: Handler = () => undefined, view: NudgeView = nudge) {
  const steps: NudgeStep[] = [];
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: unknown) => {
    const request = message as Request;
    const special = handler(request);
    if (special) return special;
    if (request.type === 'nudge-get') return { ok: true, value: view };
    if (request.type === 'nudge-step') {
      steps.push(request.step);
      const status = { writing: 'writing', draft: 'writing', channel: 'writing', sent: 'sent', reflect: 'sent', expect: 'writing', felt: 'sent', dismiss: 'dismissed', mute: 'muted' }[request.step.kind];
      return { ok: true, value: { status } };
    }
    return { ok: false, error: 'bad-message' };
  });
  return steps;
}

/** What the card told the content script that hosts it. */
let toHost: CardToHost[];
/** Whether the card counts as seen by the person; a covered card is not. */
let seen: boolean;
/** While not seen: whether it has only just come into view (rather than being covered). */
let justInView: boolean;
const host: HostLink = { send: (message) => toHost.push(message), askSeen: async () => seen };
const hostProps = {
  connect: () => host,
  track: () => ({ seenLongEnough: () => seen, covered: () => !seen && !justInView, onChange: () => () => undefined, dispose: () => undefined }),
};
let logged: MockInstance<Console['error']>;

beforeEach(() => {
  toHost = [];
  seen = true;
  justInView = false;
  // Failures are logged for developers as well as shown; keep the test output quiet.
  logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const closed = () => toHost.some((message) => message.kind === 'close');

describe('the in-page card', () => {
  it('offers Write it, Not now, Low energy today and Close for the nudge it was given', async () => {
    background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);

    expect(await screen.findByText(nudge.suggestion.prompt)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'A small hello' })).toBeTruthy();
    for (const name of ['Write it', 'Not now', 'Low energy today', 'Close']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-get', id: 7 });
  });

  it('does not take keyboard focus when it appears', async () => {
    background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'Write it' });
    // Let every deferred effect run before looking.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(document.body);
  });

  it('tells its host its height so the frame can fit it', async () => {
    background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'Write it' });
    expect(toHost).toContainEqual({ kind: 'height', height: expect.any(Number) });
  });

  it('switches its site off and goes on “Not on this site”, from its small menu', async () => {
    const asked: Request[] = [];
    background((request) => {
      if (request.type !== 'site-off') return undefined;
      asked.push(request);
      return { ok: true, value: { site: 'gmail' } };
    });
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    const menu = await screen.findByRole('button', { name: 'More' });
    expect(screen.queryByRole('button', { name: 'Not on this site' })).toBeNull();
    fireEvent.click(menu);
    expect(menu.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));

    await waitFor(() => expect(closed()).toBe(true));
    expect(asked).toEqual([{ type: 'site-off', id: 7 }]);
  });

  it('stays, and says so, when its site could not be switched off', async () => {
    background((request) => (request.type === 'site-off' ? { ok: false, error: 'storage-failed' } : undefined));
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'More' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not on this site' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Small Hellos could not save that. Please try again.');
    expect(closed()).toBe(false);
  });

  it('has no site menu where it has no site (the popup’s idea shown in a card)', async () => {
    background(undefined, { ...nudge, site: undefined });
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'Write it' });
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
  });

  it('sends dismiss and closes on Not now', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
    expect(screen.queryByRole('button', { name: 'Write it' })).toBeNull();
  });

  it('treats the close button as Not now while nothing is settled', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });

  it('closes as Not now with Esc', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'Write it' });
    fireEvent.keyDown(document, { key: 'Escape' });

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });

  it('rests for the day on Low energy today, says so calmly, then closes by itself', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} closeDelayMs={20} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low energy today' }));

    expect(await screen.findByText('Resting today. Small Hellos will be here tomorrow.')).toBeTruthy();
    expect(steps).toEqual([{ kind: 'mute' }]);
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('stays away when the nudge is not found', async () => {
    background((request) => (request.type === 'nudge-get' ? { ok: false, error: 'not-found' } : undefined));
    const { container } = render(<NudgeCard {...hostProps} nudgeId={7} />);

    await waitFor(() => expect(closed()).toBe(true));
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('stays away without asking when the frame has no valid id', async () => {
    background();
    const connect = vi.fn(() => host);
    const { container } = render(<NudgeCard {...hostProps} connect={connect} nudgeId={undefined} />);

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.textContent).toBe('');
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(connect).not.toHaveBeenCalled();
  });

  it('says in plain words when a step could not be saved, and stays open', async () => {
    background((request) => (request.type === 'nudge-step' ? { ok: false, error: 'storage-failed' } : undefined));
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Small Hellos could not save that. Please try again.');
    expect(logged).toHaveBeenCalled();
    expect(closed()).toBe(false);
    expect(screen.getByRole('button', { name: 'Write it' })).toBeTruthy();
  });

  it('says plainly that the browser has no room left, and that nothing saved before is lost', async () => {
    background((request) => (request.type === 'nudge-step' ? { ok: false, error: 'storage-full' } : undefined));
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser has no room left for Small Hellos to save this, so it was not saved. Everything saved before is still there. Freeing some disk space, or clearing old history under Your data, makes room.',
    );
    expect(closed()).toBe(false);
  });

  it('lets the close button close after a failed save, so the card can always go', async () => {
    background((request) => (request.type === 'nudge-step' ? { ok: false, error: 'storage-failed' } : undefined));
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(closed()).toBe(true));
  });
});

describe('writing a note from the card', () => {
  async function startWriting() {
    render(<NudgeCard {...hostProps} nudgeId={7} closeDelayMs={20} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    return (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
  }

  it('records the note exactly as the person edited it when they sent it', async () => {
    const steps = background();
    const note = await startWriting();
    expect(note.value).toBe('Thank you for this.');
    // Asked to write, so the note may take focus.
    await waitFor(() => expect(document.activeElement).toBe(note));

    fireEvent.input(note, { target: { value: 'Thank you, Sam. It helped a lot.' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));

    expect(await screen.findByText('How do you feel now?')).toBeTruthy();
    expect(steps).toEqual([{ kind: 'writing' }, { kind: 'sent', text: 'Thank you, Sam. It helped a lot.' }]);
  });

  it('offers the site compose window, email and copy', async () => {
    background();
    await startWriting();
    const names = screen.getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(names).toEqual([
      'More',
      'Move to the left corner',
      'Close',
      // How awkward the person expects it to feel: optional, one tap.
      '1, not awkward at all',
      '2, a little awkward',
      '3, somewhat awkward',
      '4, quite awkward',
      '5, very awkward',
      'Open in Gmail',
      'Email',
      'Copy',
      'I sent it',
      'Not now',
    ]);
  });

  it('opens the Gmail compose window with the edited note and records the channel', async () => {
    const steps = background();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const note = await startWriting();
    fireEvent.input(note, { target: { value: 'Hello there' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open in Gmail' }));

    await waitFor(() => expect(steps).toContainEqual({ kind: 'channel', channel: 'gmail', text: 'Hello there' }));
    expect(open).toHaveBeenCalledWith(
      'https://mail.google.com/mail/?view=cm&fs=1&to=sam%40example.com&su=Thanks&body=Hello%20there',
      '_blank',
      'noopener',
    );
  });

  it('copies the note, says so, and records it', async () => {
    const steps = background();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByText('Copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('Thank you for this.');
    await waitFor(() => expect(steps).toContainEqual({ kind: 'channel', channel: 'copy', text: 'Thank you for this.' }));
  });

  it('keeps the text and says so when sending could not be recorded', async () => {
    background((request) =>
      request.type === 'nudge-step' && request.step.kind === 'sent' ? { ok: false, error: 'storage-failed' } : undefined,
    );
    const note = await startWriting();
    fireEvent.input(note, { target: { value: 'My own words' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Small Hellos could not save that. Please try again.');
    expect((screen.getByRole('textbox', { name: 'Your note' }) as HTMLTextAreaElement).value).toBe('My own words');
  });

  it('records the feeling and what felt genuine, thanks the person, and closes', async () => {
    const steps = background();
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));

    const lighter = await screen.findByRole('button', { name: 'Lighter' });
    fireEvent.click(lighter);
    expect(lighter.getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(screen.getByRole('textbox', { name: 'What felt genuine?' }), { target: { value: 'Naming the help' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText('That was kind. Thank you for reaching out.')).toBeTruthy();
    expect(steps).toContainEqual({ kind: 'reflect', feeling: 'lighter', note: 'Naming the help' });
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('closes without a reflection on Skip, and the close button no longer dismisses', async () => {
    const steps = background();
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));

    expect(await screen.findByText('That was kind. Thank you for reaching out.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(closed()).toBe(true));
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
  });
});

describe('reading the nudge id from the frame address', () => {
  it('accepts a positive whole number', () => {
    expect(readNudgeId('?id=123')).toBe(123);
  });

  it.each(['', '?id=', '?id=0', '?id=-4', '?id=1.5', '?id=abc', '?id=12abc', '?other=3'])('rejects %j', (search) => {
    expect(readNudgeId(search)).toBeUndefined();
  });
});

describe('the reflection', () => {
  it('asks for a feeling rather than dropping a written line', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} closeDelayMs={20} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'I sent it' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'What felt genuine?' }), { target: { value: 'Saying it plainly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText('Choose how you feel to keep this line, or skip.')).toBeTruthy();
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
    fireEvent.click(screen.getByRole('button', { name: 'Heavier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(steps).toContainEqual({ kind: 'reflect', feeling: 'heavier', note: 'Saying it plainly' }));
  });
});

describe('the card names one person and says why', () => {
  it('keeps the reason behind Why this? until asked, then shows it', async () => {
    background(() => undefined, forMaya);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    expect(await screen.findByText(forMaya.suggestion.prompt)).toBeTruthy();
    const why = screen.getByRole('button', { name: 'Why this?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('You wanted to write to Maya every two weeks.')).toBeNull();

    fireEvent.click(why);

    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('You wanted to write to Maya every two weeks.')).toBeTruthy();
    // Someone is named: no invitation to add people.
    expect(screen.queryByRole('button', { name: "Add someone you'd like to stay close to" })).toBeNull();
  });
});

describe('another idea on the card', () => {
  it('asks the background for another idea and shows it, draft and all', async () => {
    const steps = background((request) => (request.type === 'nudge-another' ? { ok: true, value: forAlex } : undefined), forMaya);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Another idea' }));

    expect(await screen.findByText(forAlex.suggestion.prompt)).toBeTruthy();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-another', id: 7 });
    expect(screen.queryByText(forMaya.suggestion.prompt)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Why this?' }));
    expect(screen.getByText('You wanted to write to Alex every week.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Write it' }));
    const note = (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
    expect(note.value).toBe('Alex, fancy a short walk on Saturday?');
    expect(steps).toEqual([{ kind: 'writing' }]);
  });

  it('no longer offers another idea once none are left', async () => {
    const last: NudgeView = { ...forAlex, otherIdeasLeft: 0 };
    background((request) => (request.type === 'nudge-another' ? { ok: true, value: last } : undefined), forMaya);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Another idea' }));

    expect(await screen.findByText(forAlex.suggestion.prompt)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Another idea' })).toBeNull();
    // The keyboard stays in the card, on the new idea.
    expect(document.activeElement?.textContent).toBe(forAlex.suggestion.prompt);
    expect(screen.getByRole('button', { name: 'Write it' })).toBeTruthy();
  });

  it('is not offered when the card arrives with no other ideas left', async () => {
    background(() => undefined, { ...forMaya, otherIdeasLeft: 0 });
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'Write it' });
    expect(screen.queryByRole('button', { name: 'Another idea' })).toBeNull();
  });

  it('says in plain words when another idea could not be found, and keeps the first one', async () => {
    background((request) => (request.type === 'nudge-another' ? { ok: false, error: 'storage-failed' } : undefined), forMaya);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Another idea' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Small Hellos could not save that. Please try again.');
    expect(screen.getByText(forMaya.suggestion.prompt)).toBeTruthy();
    expect(closed()).toBe(false);
  });
});

describe('a card for no one in particular', () => {
  it('offers a quiet way to add someone while nobody is in the list, which opens the settings', async () => {
    background(() => undefined, noPeopleYet);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    const add = await screen.findByRole('button', { name: "Add someone you'd like to stay close to" });
    expect(screen.queryByRole('button', { name: 'Why this?' })).toBeNull();

    fireEvent.click(add);

    await waitFor(() => expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1));
    expect(closed()).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not offer to add someone when people are in the list but none fit now', async () => {
    background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'Write it' });
    expect(screen.queryByRole('button', { name: "Add someone you'd like to stay close to" })).toBeNull();
  });

  it('says so plainly when the settings cannot be opened', async () => {
    background(() => undefined, noPeopleYet);
    fakeBrowser.runtime.openOptionsPage.mockRejectedValueOnce(new Error('No options page'));
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: "Add someone you'd like to stay close to" }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Small Hellos could not open its settings here/);
  });
});

describe('channels for a person', () => {
  async function startWriting(view: NudgeView) {
    const steps = background(() => undefined, view);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    await screen.findByRole('textbox', { name: 'Your note' });
    return { steps, open };
  }

  const channelNames = () =>
    within(screen.getByRole('group', { name: 'Send it your way' }))
      .getAllByRole('button')
      .map((button) => button.textContent);

  it('offers Text and WhatsApp with a phone number, each opening its own link', async () => {
    const { steps, open } = await startWriting({ ...forAlex, site: 'gmail' });
    expect(channelNames()).toEqual(['Open in Gmail', 'Text', 'WhatsApp', 'Copy']);

    fireEvent.click(screen.getByRole('button', { name: 'Text' }));
    expect(open).toHaveBeenLastCalledWith('sms:+491701234567?body=Alex%2C%20fancy%20a%20short%20walk%20on%20Saturday%3F', '_blank', 'noopener');
    fireEvent.click(screen.getByRole('button', { name: 'WhatsApp' }));
    expect(open).toHaveBeenLastCalledWith(
      'https://wa.me/491701234567?text=Alex%2C%20fancy%20a%20short%20walk%20on%20Saturday%3F',
      '_blank',
      'noopener',
    );
    await waitFor(() => expect(steps.filter((step) => step.kind === 'channel')).toHaveLength(2));
  });

  it('offers Outlook on Outlook', async () => {
    await startWriting({ ...forMaya, site: 'outlook' });
    expect(channelNames()).toEqual(['Open in Outlook', 'Email', 'Copy']);
  });

  it('opens their profile in a new tab on a social site, with Copy to paste the note there', async () => {
    const profileUrl = 'https://x.com/maya_walks';
    const { steps, open } = await startWriting({
      ...forMaya,
      site: 'x',
      suggestion: { ...forMaya.suggestion, email: undefined, profileUrl },
    });
    expect(channelNames()).toEqual(['Open profile', 'Copy']);
    expect(screen.getByText('To write on their profile, copy the note first, then paste it there.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Open profile' }));

    expect(open).toHaveBeenCalledWith(profileUrl, '_blank', 'noopener');
    await waitFor(() => expect(steps).toContainEqual({ kind: 'channel', channel: 'profile', text: forMaya.suggestion.draft }));
  });
});

describe('help me reply kindly', () => {
  it('is offered only on an idea that answers their news', async () => {
    background(() => undefined, forMaya);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    await screen.findByRole('textbox', { name: 'Your note' });
    expect(screen.queryByRole('button', { name: 'Help me reply kindly' })).toBeNull();
  });

  it('opens three small steps and puts the reply they make after the greeting', async () => {
    background(() => undefined, forMayaNews);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const note = (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
    const help = screen.getByRole('button', { name: 'Help me reply kindly' });
    expect(help.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: '1. Acknowledge how they feel' })).toBeNull();

    fireEvent.click(help);

    expect(help.getAttribute('aria-expanded')).toBe('true');
    const add = screen.getByRole('button', { name: 'Add to my note' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.input(screen.getByRole('textbox', { name: '1. Acknowledge how they feel' }), { target: { value: ' That sounds exhausting ' } });
    fireEvent.input(screen.getByRole('textbox', { name: '2. A brief moment of your own (optional)' }), {
      target: { value: 'I felt the same when I moved' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: '3. One gentle question' }), { target: { value: 'How are you finding the evenings' } });
    fireEvent.click(add);

    const reply = 'That sounds exhausting. I felt the same when I moved. How are you finding the evenings?';
    // What followed the greeting now follows a sentence, and starts with its capital.
    expect(note.value).toBe(`Hi Maya,\n${reply}\nHow was the first week?`);
    expect(help.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Added after your greeting.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(note));
  });

  it('asks no question above a note that asks nothing back', async () => {
    background(() => undefined, forMayaHardTime);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const note = (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
    fireEvent.click(screen.getByRole('button', { name: 'Help me reply kindly' }));
    expect(screen.getByRole('textbox', { name: '1. Acknowledge how they feel' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '2. A brief moment of your own (optional)' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: '3. One gentle question' })).toBeNull();
    fireEvent.input(screen.getByRole('textbox', { name: '1. Acknowledge how they feel' }), { target: { value: 'That sounds so hard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to my note' }));
    expect(note.value).toBe('Hi Maya,\nThat sounds so hard.\nThinking of you. No need to reply.');
  });

  it('leaves the reply free to edit and sends the note as the person left it', async () => {
    const steps = background(() => undefined, forMayaNews);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const note = (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Help me reply kindly' }));
    fireEvent.input(screen.getByRole('textbox', { name: '3. One gentle question' }), { target: { value: 'How is the new place?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add to my note' }));

    expect(note.value).toBe('How is the new place?');
    fireEvent.input(note, { target: { value: 'How is the new place? Thinking of you.' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    await waitFor(() => expect(steps).toContainEqual({ kind: 'sent', text: 'How is the new place? Thinking of you.' }));
  });
});

describe('a card the person cannot see', () => {
  const COVERED = 'This page is covering this card or changing how it looks, so that did nothing. The same idea is waiting in the Small Hellos button in your toolbar.';
  const NOT_YET = 'This card has only just come into view, so that did nothing yet. Wait a moment, then try again.';

  /** Everything the card asked the background, by kind. */
  const asked = () => fakeBrowser.runtime.sendMessage.mock.calls.map(([message]) => (message as Request).type);

  it.each(['Write it', 'Another idea', 'Not now', 'Low energy today', 'Move to the left corner'])(
    'does nothing on %s while covered, and says so',
    async (name) => {
      const steps = background();
      render(<NudgeCard {...hostProps} nudgeId={7} />);
      const button = await screen.findByRole('button', { name });
      seen = false;
      fireEvent.click(button);

      expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(steps).toEqual([]);
      expect(toHost.filter((message) => message.kind !== 'height')).toEqual([]);
      expect(asked()).toEqual(['nudge-get']);
    },
  );

  it('does nothing on Not on this site while covered, and says so', async () => {
    background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    // Opening the menu changes nothing; its one item is what counts.
    fireEvent.click(await screen.findByRole('button', { name: 'More' }));
    const notHere = screen.getByRole('button', { name: 'Not on this site' });
    seen = false;
    fireEvent.click(notHere);

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked()).toEqual(['nudge-get']);
    expect(closed()).toBe(false);
  });

  it.each(['Low', 'Okay', 'Good', 'Not today'])('keeps no energy answer from %s while covered, and says so', async (name) => {
    background(() => undefined, { ...nudge, askEnergy: true });
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    const answer = await screen.findByRole('button', { name });
    seen = false;
    fireEvent.click(answer);

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked()).toEqual(['nudge-get']);
    expect(screen.getByRole('group', { name: 'How is your energy today?' })).toBeTruthy();
  });

  it.each(['1, not awkward at all', '3, somewhat awkward', '5, very awkward'])('keeps no expectation from %s in the draft while covered', async (name) => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const level = await screen.findByRole('button', { name });
    seen = false;
    fireEvent.click(level);

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toEqual([{ kind: 'writing' }]);
    expect(level.getAttribute('aria-pressed')).toBe('false');
  });

  it('adds no kind reply to the note while covered', async () => {
    const steps = background(() => undefined, forMayaNews);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const note = (await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement;
    const before = note.value;
    // Opening the helper and typing in it change nothing; Add puts words in the note, which is saved.
    fireEvent.click(screen.getByRole('button', { name: 'Help me reply kindly' }));
    fireEvent.input(screen.getByRole('textbox', { name: '3. One gentle question' }), { target: { value: 'How is the new place?' } });
    seen = false;
    fireEvent.click(screen.getByRole('button', { name: 'Add to my note' }));

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(note.value).toBe(before);
    expect(steps).toEqual([{ kind: 'writing' }]);
  });

  it('opens no page from Need more support? while covered', async () => {
    background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Heavier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    const support = await screen.findByRole('button', { name: 'Need more support?' });
    seen = false;
    fireEvent.click(support);

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked()).not.toContain('open-page');
  });

  it('records nothing on Skip after sending, seen or not', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} closeDelayMs={20} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'I sent it' }));
    const skip = await screen.findByRole('button', { name: 'Skip' });
    seen = false;
    fireEvent.click(skip);

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
  });

  it('says to wait a moment when a click comes just after it appeared, and does nothing', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    const writeIt = await screen.findByRole('button', { name: 'Write it' });
    seen = false;
    justInView = true;
    fireEvent.click(writeIt);

    expect((await screen.findByRole('alert')).textContent).toBe(NOT_YET);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toEqual([]);
  });

  it.each(['Open in Gmail', 'Email', 'Copy', 'I sent it', 'Not now'])('does nothing on %s in the draft while covered', async (name) => {
    const steps = background();
    const opened = vi.spyOn(window, 'open').mockImplementation(() => null);
    const copied = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: copied }, configurable: true });
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const button = await screen.findByRole('button', { name });
    seen = false;
    fireEvent.click(button);

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps).toEqual([{ kind: 'writing' }]);
    expect(opened).not.toHaveBeenCalled();
    expect(copied).not.toHaveBeenCalled();
  });

  it('does not record a reflection while covered', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'I sent it' }));
    const heavier = await screen.findByRole('button', { name: 'Heavier' });
    seen = false;
    fireEvent.click(heavier);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    await screen.findByRole('alert');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
    expect(heavier.getAttribute('aria-pressed')).toBe('false');
  });

  it('acts again once it is seen', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    const notNow = await screen.findByRole('button', { name: 'Not now' });
    seen = false;
    fireEvent.click(notNow);
    await screen.findByRole('alert');
    seen = true;
    fireEvent.click(notNow);

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });

  it('still closes on × while covered, without counting it as Not now', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    const close = await screen.findByRole('button', { name: 'Close' });
    seen = false;
    fireEvent.click(close);

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([]);
  });
});

describe('the card and its host', () => {
  it('moves to the other corner and asks the background to remember it for the site', async () => {
    background((request) => (request.type === 'card-corner' ? { ok: true, value: { corner: request.corner } } : undefined));
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Move to the left corner' }));

    expect(toHost).toContainEqual({ kind: 'corner', corner: 'left' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'card-corner', id: 7, corner: 'left' });
    expect(screen.getByRole('button', { name: 'Move to the right corner' })).toBeTruthy();
  });

  it('starts in the corner its address names', () => {
    expect(readCorner('?id=7&corner=left')).toBe('left');
    expect(readCorner('?id=7')).toBe('right');
    expect(readCorner('?id=7&corner=top')).toBe('right');
  });

  it('closes when the background says every card is to go quiet, and ignores other messages', async () => {
    background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'Write it' });
    const listeners = fakeBrowser.runtime.onMessage.addListener.mock.calls.map(([listener]) => listener as (message: unknown) => unknown);

    for (const listener of listeners) expect(listener({ type: 'nudge-get', id: 7 })).toBeUndefined();
    expect(closed()).toBe(false);
    for (const listener of listeners) listener({ type: 'cards-quiet' });
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('keeps the note when Esc is pressed inside it', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const note = await screen.findByRole('textbox', { name: 'Your note' });
    fireEvent.input(note, { target: { value: 'Still writing this.' } });
    fireEvent.keyDown(note, { key: 'Escape' });

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed()).toBe(false);
    expect(steps).toEqual([{ kind: 'writing' }]);
    expect((screen.getByRole('textbox', { name: 'Your note' }) as HTMLTextAreaElement).value).toBe('Still writing this.');
  });
});

describe('today’s energy on the card', () => {
  const asking: NudgeView = { ...nudge, askEnergy: true };

  it('asks once, keeps the answer and shows the idea chosen to fit it', async () => {
    const fitted: NudgeView = { ...nudge, suggestion: { ...nudge.suggestion, templateId: 'kind_comment', prompt: 'A kind word under a post?' } };
    background((request) => (request.type === 'energy' ? { ok: true, value: { view: fitted } } : undefined), asking);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    expect(await screen.findByRole('group', { name: 'How is your energy today?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Low' }));

    expect(await screen.findByText('A kind word under a post?')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'How is your energy today?' })).toBeNull();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'energy', level: 'low', id: 7 });
  });

  it('rests for the day when the background says so', async () => {
    background((request) => (request.type === 'energy' ? { ok: true, value: { view: { ...nudge, status: 'muted' } } } : undefined), asking);
    render(<NudgeCard {...hostProps} nudgeId={7} closeDelayMs={20} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Low' }));
    expect(await screen.findByText('Resting today. Small Hellos will be here tomorrow.')).toBeTruthy();
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('can be skipped, and is not asked when already answered today', async () => {
    background((request) => (request.type === 'energy' ? { ok: true, value: { view: nudge } } : undefined), asking);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not today' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'How is your energy today?' })).toBeNull());
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'energy', level: 'skipped', id: 7 });
    expect(screen.getByRole('button', { name: 'Write it' })).toBeTruthy();
  });
});

describe('an idea away from the screen', () => {
  const offline: NudgeView = {
    ...nudge,
    suggestion: { templateId: 'offline_neighbour', prompt: 'Say hello to a neighbour today?', draft: '' },
  };

  it('offers I did it and Maybe later, and no note to write', async () => {
    background(() => undefined, offline);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    await screen.findByRole('button', { name: 'I did it' });
    expect(screen.getByRole('button', { name: 'Maybe later' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write it' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('counts I did it as a small hello, thanks the person and closes', async () => {
    const steps = background(() => undefined, offline);
    render(<NudgeCard {...hostProps} nudgeId={7} closeDelayMs={20} />);
    fireEvent.click(await screen.findByRole('button', { name: 'I did it' }));
    expect(await screen.findByText('That was kind. A small hello counts.')).toBeTruthy();
    expect(steps).toEqual([{ kind: 'sent', text: '' }]);
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('puts it away on Maybe later', async () => {
    const steps = background(() => undefined, offline);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Maybe later' }));
    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });
});

describe('no words lost', () => {
  it('saves the note a moment after the person stops typing', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const note = await screen.findByRole('textbox', { name: 'Your note' });
    fireEvent.input(note, { target: { value: 'Thank you, Sam' } });
    fireEvent.input(note, { target: { value: 'Thank you, Sam. It helped.' } });

    await waitFor(() => expect(steps).toContainEqual({ kind: 'draft', text: 'Thank you, Sam. It helped.' }));
    expect(steps.filter((step) => step.kind === 'draft')).toHaveLength(1);
  });

  it('saves at once when the page goes away', async () => {
    const steps = background();
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    const note = await screen.findByRole('textbox', { name: 'Your note' });
    fireEvent.input(note, { target: { value: 'Half a thought' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(steps).toContainEqual({ kind: 'draft', text: 'Half a thought' });
  });

  it('opens Gmail’s compose window in the account the card was on', async () => {
    background(() => undefined, { ...nudge, mailbox: { gmailAccount: 2 } });
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    render(<NudgeCard {...hostProps} nudgeId={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open in Gmail' }));
    expect(open.mock.calls[0]?.[0]).toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/2\/\?view=cm/);
  });
});

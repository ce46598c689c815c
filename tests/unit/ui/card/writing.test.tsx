import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import type { NudgeView } from '../../../../src/messages';
import { CARD_HEIGHT, WRITING_HEIGHT } from '../../../../src/ui/nudge/what-the-page-sees';
import { DRAFT_SAVE_MS } from '../../../../src/ui/components/use-draft-saving';
import { SAVE_FAILED, background, card, closed, forAlex, forMaya, freshCardEachTime, nudge, renderCard, startWriting, wait } from './harness';

freshCardEachTime();

const channelNames = () =>
  within(screen.getByRole('group', { name: 'Send it your way' }))
    .getAllByRole('button')
    .map((button) => button.textContent);

const isMain = (name: string) => screen.getByRole('button', { name }).classList.contains('button--primary');

describe('writing a note from the card', () => {
  it('records the note exactly as the person edited it when they sent it', async () => {
    const steps = background();
    const note = await startWriting();
    expect(note.value).toBe('Thank you for this.');
    // Asked to write, so the note may take focus.
    await waitFor(() => expect(document.activeElement).toBe(note));

    fireEvent.input(note, { target: { value: 'Thank you, Sam. It helped a lot.' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));

    expect(await screen.findByText('How do you feel now?')).toBeTruthy();
    expect(steps).toEqual([{ kind: 'writing' }, { kind: 'sent', text: 'Thank you, Sam. It helped a lot.', subject: 'Hello' }]);
  });

  it('grows taller to write, once, and keeps that height to the end', async () => {
    background();
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await screen.findByText('That was kind. Thank you for reaching out.');
    expect(card.toHost.filter((message) => message.kind === 'height')).toEqual([
      { kind: 'height', height: CARD_HEIGHT },
      { kind: 'height', height: WRITING_HEIGHT },
    ]);
  });

  it('offers the site’s compose window, email and copy, the first one as the main step', async () => {
    background();
    await startWriting();
    expect(channelNames()).toEqual(['Open in Gmail', 'Email', 'Copy']);
    expect(isMain('Open in Gmail')).toBe(true);
    expect(isMain('I sent it')).toBe(false);
  });

  it('makes I sent it the main step once a channel was used', async () => {
    background();
    vi.spyOn(window, 'open').mockReturnValue(null);
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'Email' }));
    expect(isMain('I sent it')).toBe(true);
    expect(isMain('Open in Gmail')).toBe(false);
  });

  it('comes back to a note whose channel was used with I sent it as the main step', async () => {
    background(undefined, { ...nudge, status: 'writing', channelUsed: true });
    renderCard();
    await screen.findByRole('textbox', { name: 'Your note' });
    expect(isMain('I sent it')).toBe(true);
  });

  it('gives the email a short subject the person can change, carried to the compose window and kept', async () => {
    const steps = background();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const note = await startWriting();
    const subject = screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement;
    expect(subject.value).toBe('Hello');
    fireEvent.input(note, { target: { value: 'Hello there' } });
    fireEvent.input(subject, { target: { value: 'Thinking of you' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open in Gmail' }));

    expect(open).toHaveBeenCalledWith(
      'https://mail.google.com/mail/?view=cm&fs=1&to=sam%40example.com&su=Thinking%20of%20you&body=Hello%20there',
      '_blank',
      'noopener',
    );
    await waitFor(() => expect(steps).toContainEqual({ kind: 'channel', channel: 'gmail', text: 'Hello there', subject: 'Thinking of you' }));
  });

  it('opens Gmail’s compose window in the account the card was on', async () => {
    background(undefined, { ...nudge, mailbox: { gmailAccount: 2 } });
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'Open in Gmail' }));
    expect(open.mock.calls[0]?.[0]).toMatch(/^https:\/\/mail\.google\.com\/mail\/u\/2\/\?view=cm/);
  });

  it('copies the note, says so, and records it', async () => {
    const steps = background();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));

    expect(await screen.findByText('Copied.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('Thank you for this.');
    await waitFor(() => expect(steps).toContainEqual({ kind: 'channel', channel: 'copy', text: 'Thank you for this.', subject: 'Hello' }));
  });

  it('keeps the text and says so when sending could not be recorded', async () => {
    background((request) => (request.type === 'nudge-step' && request.step.kind === 'sent' ? { ok: false, error: 'storage-failed' } : undefined));
    const note = await startWriting();
    fireEvent.input(note, { target: { value: 'My own words' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));

    expect((await screen.findByRole('alert')).textContent).toBe(SAVE_FAILED);
    expect((screen.getByRole('textbox', { name: 'Your note' }) as HTMLTextAreaElement).value).toBe('My own words');
  });

  it('keeps the note when Esc is pressed inside it', async () => {
    const steps = background();
    const note = await startWriting();
    fireEvent.input(note, { target: { value: 'Still writing this.' } });
    fireEvent.keyDown(note, { key: 'Escape' });

    await wait(20);
    expect(closed()).toBe(false);
    expect(steps).toEqual([{ kind: 'writing' }]);
    expect((screen.getByRole('textbox', { name: 'Your note' }) as HTMLTextAreaElement).value).toBe('Still writing this.');
  });
});

describe('no words lost', () => {
  it('saves the note a moment after the person stops typing', async () => {
    const steps = background();
    const note = await startWriting();
    // This note's saves (a card closed before may still be saving its own last words).
    const drafts = () => steps.filter((step) => step.kind === 'draft' && step.text.startsWith('Thank you, Sam'));
    // The pause is measured on the card's own clock, so a busy machine cannot stretch the typing.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.input(note, { target: { value: 'Thank you, Sam' } });
      await vi.advanceTimersByTimeAsync(DRAFT_SAVE_MS - 100);
      fireEvent.input(note, { target: { value: 'Thank you, Sam. It helped.' } });
      await vi.advanceTimersByTimeAsync(DRAFT_SAVE_MS - 100);
      expect(drafts()).toEqual([]);
      await vi.advanceTimersByTimeAsync(100);
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(steps).toContainEqual({ kind: 'draft', text: 'Thank you, Sam. It helped.', subject: 'Hello' }));
    expect(drafts()).toHaveLength(1);
  });

  it('saves at once when the page goes away', async () => {
    const steps = background();
    const note = await startWriting();
    fireEvent.input(note, { target: { value: 'Half a thought' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(steps).toContainEqual({ kind: 'draft', text: 'Half a thought', subject: 'Hello' });
  });
});

describe('channels for a person', () => {
  async function writeTo(view: NudgeView) {
    const steps = background(undefined, view);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    await startWriting();
    return { steps, open };
  }

  it('offers Text and WhatsApp with a phone number, each opening its own link', async () => {
    const { steps, open } = await writeTo({ ...forAlex, site: 'gmail' });
    expect(channelNames()).toEqual(['Open in Gmail', 'Text', 'WhatsApp', 'Copy']);

    fireEvent.click(screen.getByRole('button', { name: 'Text' }));
    expect(open).toHaveBeenLastCalledWith('sms:+491701234567?body=Alex%2C%20fancy%20a%20short%20walk%20on%20Saturday%3F', '_blank', 'noopener');
    fireEvent.click(screen.getByRole('button', { name: 'WhatsApp' }));
    expect(open).toHaveBeenLastCalledWith('https://wa.me/491701234567?text=Alex%2C%20fancy%20a%20short%20walk%20on%20Saturday%3F', '_blank', 'noopener');
    await waitFor(() => expect(steps.filter((step) => step.kind === 'channel')).toHaveLength(2));
  });

  it('offers Outlook on Outlook', async () => {
    await writeTo({ ...forMaya, site: 'outlook' });
    expect(channelNames()).toEqual(['Open in Outlook', 'Email', 'Copy']);
  });

  it('opens their profile in a new tab on a social site, with Copy to paste the note there, and no subject to write', async () => {
    const profileUrl = 'https://x.com/maya_walks';
    const { steps, open } = await writeTo({ ...forMaya, site: 'x', suggestion: { ...forMaya.suggestion, email: undefined, profileUrl } });
    expect(channelNames()).toEqual(['Open profile', 'Copy']);
    expect(screen.getByText('To write on their profile, copy the note first, then paste it there.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Subject' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open profile' }));
    expect(open).toHaveBeenCalledWith(profileUrl, '_blank', 'noopener');
    await waitFor(() => expect(steps).toContainEqual({ kind: 'channel', channel: 'profile', text: forMaya.suggestion.draft }));
  });
});

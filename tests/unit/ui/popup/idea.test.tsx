import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { newNudge } from '../../../../src/core/nudge';
import { addNudge, latestNudges } from '../../../../src/db/nudges';
import { addPerson } from '../../../../src/db/people';
import { Popup } from '../../../../src/ui/popup/Popup';
import { fakeBrowser } from '../../../support/fake-browser';
import { DAY, DAY_STARTS, anotherIdea, backgroundAnswers, pastTheQuestion, person, todaysIdea, writeTodaysIdea, laterPartsCompiled } from './harness';

backgroundAnswers();
laterPartsCompiled();

describe('today’s idea in the popup, the same flow as a card’s', () => {
  it('asks the background for it, and writes today’s note through it, with the person’s edits', async () => {
    render(<Popup />);
    const note = await writeTodaysIdea();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-today' });
    // No address is known for a generic idea: Copy is the only channel.
    expect(screen.queryByRole('button', { name: 'Email' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();

    fireEvent.input(note, { target: { value: 'Thanks for the soup, it was perfect.' } });
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'About the same' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText('That was kind. Thank you for reaching out.')).toBeTruthy();
    const [saved] = await latestNudges(1);
    expect(saved).toMatchObject({ origin: 'popup', status: 'sent', finalText: 'Thanks for the soup, it was perfect.', feeling: 'same' });
    const list = await screen.findByRole('list', { name: 'History' });
    expect(within(list).getByText('Thanks for the soup, it was perfect.')).toBeTruthy();
  });

  it('offers Email, with a subject, as well as Copy when today’s idea is for someone with an address', async () => {
    await addPerson(
      person({ name: 'Maya', email: 'maya@example.com', memories: [{ id: 'm1', text: 'her new job', kind: 'good-news' }] }),
      Date.now() - 30 * DAY,
    );
    render(<Popup />);
    await writeTodaysIdea();
    expect(screen.getByRole('button', { name: 'Email' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe('Hello');
    const [saved] = await latestNudges(1);
    expect(saved?.suggestion.email).toBe('maya@example.com');
  });

  it('picks up a note left open when the popup closed, so it can still be marked as sent', async () => {
    const { unmount } = render(<Popup />);
    const note = await writeTodaysIdea();
    fireEvent.input(note, { target: { value: 'Copied, then pasted elsewhere.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(async () => expect((await latestNudges(1))[0]?.finalText).toBe('Copied, then pasted elsewhere.'));
    // Clicking the page to paste closes the popup; opening it again brings the note back.
    unmount();
    render(<Popup />);
    expect(((await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement).value).toBe('Copied, then pasted elsewhere.');
    // A channel was used: I sent it is the next step.
    expect(screen.getByRole('button', { name: 'I sent it' }).classList.contains('button--primary')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));
    await waitFor(async () => expect((await latestNudges(1))[0]).toMatchObject({ status: 'sent', finalText: 'Copied, then pasted elsewhere.' }));
    expect(await latestNudges(5)).toHaveLength(1);
  });

  it('brings back a note exactly as it was typed when the popup closed mid-sentence', async () => {
    const { unmount } = render(<Popup />);
    const note = await writeTodaysIdea();
    fireEvent.input(note, { target: { value: 'Half a sentence, typed and never cop' } });
    // The popup closes at once when the person clicks outside it.
    window.dispatchEvent(new Event('pagehide'));
    unmount();
    await waitFor(async () => expect((await latestNudges(1))[0]?.finalText).toBe('Half a sentence, typed and never cop'));

    render(<Popup />);
    expect(((await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement).value).toBe('Half a sentence, typed and never cop');
  });

  it('puts a started note away on Not now, calmly', async () => {
    render(<Popup />);
    await writeTodaysIdea();
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));

    expect(await screen.findByText("That's fine. Another time.")).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Your note' })).toBeNull();
    expect((await latestNudges(1))[0]?.status).toBe('dismissed');
  });

  it('shows a note typed on a card open on a page exactly as typed', async () => {
    const suggestion = { templateId: 'ch_hello', prompt: 'A two-line hello to Maya?', draft: 'Hi Maya,\nYou crossed my mind today.' };
    await addNudge({
      ...newNudge({ origin: 'page', site: 'gmail', suggestion, status: 'writing' }, Date.now(), DAY_STARTS),
      finalText: 'Hi Maya,\nTyped on the card, half a tho',
    });
    render(<Popup />);
    expect(((await screen.findByRole('textbox', { name: 'Your note' })) as HTMLTextAreaElement).value).toBe('Hi Maya,\nTyped on the card, half a tho');
  });

  it('invites the person to add someone while nobody is in the list, in the settings', async () => {
    render(<Popup />);
    await pastTheQuestion();
    fireEvent.click(await screen.findByRole('button', { name: "Add someone you'd like to stay close to" }));
    await waitFor(() => expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalledTimes(1));
  });
});

describe('an idea away from the screen, in the popup', () => {
  const suggestion = { templateId: 'offline_neighbour', prompt: 'Say hello to a neighbour today?', draft: '' };

  it('offers I did it and Maybe later, and no note to write; Maybe later says it will keep', async () => {
    await addNudge(newNudge({ origin: 'page', site: 'gmail', suggestion }, Date.now(), DAY_STARTS));
    render(<Popup />);
    await pastTheQuestion();
    expect(await screen.findAllByText('Say hello to a neighbour today?')).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: 'I did it' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Your note' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Maybe later' }));
    expect(await screen.findByText("That's fine. It will keep.")).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I did it' })).toBeNull();
    // Nothing happened between people: it is put away, and not listed.
    expect((await latestNudges(5)).map((nudge) => nudge.status)).toEqual(['dismissed']);
  });

  it('counts I did it as a small hello, with no note: the card open on a page and the popup are one idea', async () => {
    const id = await addNudge(newNudge({ origin: 'page', site: 'gmail', suggestion }, Date.now(), DAY_STARTS));
    render(<Popup />);
    await pastTheQuestion();
    expect(screen.queryByRole('button', { name: 'Write it' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'I did it' }));
    expect(await screen.findByText('That was kind. A small hello counts.')).toBeTruthy();
    expect((await latestNudges(5)).find((nudge) => nudge.id === id)).toMatchObject({ status: 'sent', finalText: '' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-changed', id });
  });
});

describe('another idea in the popup', () => {
  it('suggests the other person, then gives up the button after three', async () => {
    const long = Date.now() - 60 * DAY;
    await addPerson(person({ name: 'Maya', rhythm: 'weekly', memories: [{ id: 'm1', text: 'her new job', kind: 'good-news' }] }), long);
    await addPerson(person({ name: 'Alex', rhythm: 'fortnightly', memories: [{ id: 'a1', text: 'the cello', kind: 'interest' }] }), long);
    render(<Popup />);

    const first = await todaysIdea();
    expect(first.why).toMatch(/^You wanted to write to (Maya every week|Alex every two weeks)\.$/);
    const firstName = first.why?.includes('Maya') ? 'Maya' : 'Alex';
    const otherName = firstName === 'Maya' ? 'Alex' : 'Maya';
    expect(first.prompt).toContain(firstName);
    expect(screen.queryByRole('button', { name: "Add someone you'd like to stay close to" })).toBeNull();

    await anotherIdea();
    const second = await todaysIdea();
    expect(second.prompt).toContain(otherName);
    expect(second.why).toContain(otherName);

    await anotherIdea();
    const third = await todaysIdea();
    expect([first.prompt, second.prompt]).not.toContain(third.prompt);
    await anotherIdea();
    const fourth = await todaysIdea();
    expect([first.prompt, second.prompt, third.prompt]).not.toContain(fourth.prompt);
    expect(screen.queryByRole('button', { name: 'Another idea' })).toBeNull();
  });

  it('writes the idea shown, not the one it replaced', async () => {
    const long = Date.now() - 60 * DAY;
    await addPerson(person({ name: 'Maya', email: 'maya@example.com' }), long);
    await addPerson(person({ name: 'Alex', phone: '+49 170 1234567' }), long);
    render(<Popup />);
    const first = await todaysIdea();
    await anotherIdea();
    const second = await todaysIdea();
    expect(second.prompt).not.toBe(first.prompt);
    fireEvent.click(screen.getByRole('button', { name: 'Write it' }));

    await screen.findByRole('textbox', { name: 'Your note' });
    const [saved] = await latestNudges(1);
    expect(saved?.suggestion.prompt).toBe(second.prompt);
    const alex = second.prompt.includes('Alex');
    expect(screen.queryByRole('button', { name: alex ? 'Text' : 'Email' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: alex ? 'WhatsApp' : 'Text' }) !== null).toBe(alex);
  });

  it('offers another message for the same person when there is no one else', async () => {
    await addPerson(person({ name: 'Maya', memories: [{ id: 'm1', text: 'her new job', kind: 'good-news' }] }), Date.now() - 60 * DAY);
    render(<Popup />);
    const first = await todaysIdea();
    expect(first.prompt).toContain('Maya');
    await anotherIdea();
    const second = await todaysIdea();
    expect(second.prompt).not.toBe(first.prompt);
    expect(second.why).toContain('Maya');
  });

  it('offers a different small act when no one is in the list yet', async () => {
    render(<Popup />);
    const first = await todaysIdea();
    expect(first.why).toBeUndefined();
    await anotherIdea();
    expect((await todaysIdea()).prompt).not.toBe(first.prompt);
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '../../../support/fake-browser';
import { background, closed, freshCardEachTime, nudge, renderCard, startWriting, wait } from './harness';

freshCardEachTime();

const THANKS = 'That was kind. Thank you for reaching out.';
const HEAVIER_ANSWER = "Thank you for saying so. Reaching out can take a lot, and it's fine to rest now.";

async function sendIt(): Promise<void> {
  await startWriting({ closeDelayMs: 20 });
  fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
  await screen.findByText('How do you feel now?');
}

describe('after sending, how it felt', () => {
  it('records the feeling and what felt genuine, and thanks the person until they close the card', async () => {
    const steps = background();
    await sendIt();
    const lighter = screen.getByRole('button', { name: 'Lighter' });
    fireEvent.click(lighter);
    expect(lighter.getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(screen.getByRole('textbox', { name: 'What felt genuine?' }), { target: { value: 'Naming the help' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText(THANKS)).toBeTruthy();
    expect(steps).toContainEqual({ kind: 'reflect', feeling: 'lighter', note: 'Naming the help' });
    await wait(60);
    expect(closed()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('thanks the person on Skip and keeps nothing more; the close button no longer dismisses', async () => {
    const steps = background();
    await sendIt();
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(await screen.findByText(THANKS)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(closed()).toBe(true));
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
  });

  it('asks for a feeling rather than dropping a written line', async () => {
    const steps = background();
    await sendIt();
    fireEvent.input(screen.getByRole('textbox', { name: 'What felt genuine?' }), { target: { value: 'Saying it plainly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText('Choose how you feel to keep this line, or skip.')).toBeTruthy();
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
    fireEvent.click(screen.getByRole('button', { name: 'Heavier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(steps).toContainEqual({ kind: 'reflect', feeling: 'heavier', note: 'Saying it plainly' }));
  });
});

describe('Heavier, heard', () => {
  it('gets its own answer and the way to support, offers nothing new, and stays as the thanks would', async () => {
    const steps = background();
    await sendIt();
    fireEvent.click(screen.getByRole('button', { name: 'Heavier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText(HEAVIER_ANSWER)).toBeTruthy();
    expect(steps).toContainEqual({ kind: 'reflect', feeling: 'heavier', note: '' });
    expect(screen.queryByText(THANKS)).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Write it|I did it)$/ })).toBeNull();
    await wait(60);
    expect(closed()).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Need more support?' }));
    await waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'open-page', page: 'support' }));
  });

  it('says so in plain words if the support page cannot be opened', async () => {
    background((request) => (request.type === 'open-page' ? { ok: false, error: 'storage-failed' } : undefined));
    await sendIt();
    fireEvent.click(screen.getByRole('button', { name: 'Heavier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Need more support?' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The support page did not open. It is also in the Small Hellos settings, under Support.');
  });
});

describe('expected versus actual', () => {
  it('asks, optionally, how awkward it is expected to feel, and keeps the one tap', async () => {
    const steps = background();
    await startWriting();
    const four = screen.getByRole('button', { name: '4, quite awkward' });
    expect(four.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(four);
    await waitFor(() => expect(four.getAttribute('aria-pressed')).toBe('true'));
    expect(steps).toEqual([{ kind: 'writing' }, { kind: 'expect', awkward: 4 }]);
  });

  it('asks after sending how it actually felt, only when an expectation was told', async () => {
    const steps = background();
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: '4, quite awkward' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '4, quite awkward' }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    expect(await screen.findByText('How did it actually feel?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '2, a little awkward' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText(THANKS)).toBeTruthy();
    expect(steps.filter((step) => step.kind === 'expect' || step.kind === 'felt')).toEqual([
      { kind: 'expect', awkward: 4 },
      { kind: 'felt', awkward: 2 },
    ]);
  });

  it('asks nothing more after sending when no expectation was told', async () => {
    background();
    await sendIt();
    expect(screen.queryByText('How did it actually feel?')).toBeNull();
  });

  it('remembers an expectation told before the note was put down', async () => {
    background(undefined, { ...nudge, status: 'writing', expectedAwkward: 3 });
    renderCard();
    expect((await screen.findByRole('button', { name: '3, somewhat awkward' })).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    expect(await screen.findByText('How did it actually feel?')).toBeTruthy();
  });
});

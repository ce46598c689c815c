import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { NudgeView } from '../../../../src/messages';
import { COVERED, asked, background, card, closed, forMaya, freshCardEachTime, fromMenu, renderCard, startWriting, wait } from './harness';

freshCardEachTime();

const NOT_YET = 'This card has only just come into view, so that did nothing yet. Wait a moment, then try again.';
const forMayaNews: NudgeView = { ...forMaya, suggestion: { ...forMaya.suggestion, templateId: 'fu_how_went', draft: 'Hi Maya,\nhow was the first week?' } };

/** Clicks `name` once the card is covered; expects it to say so and do nothing. */
async function coveredClick(name: string): Promise<void> {
  const button = await screen.findByRole('button', { name });
  card.seen = false;
  fireEvent.click(button);
  expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
  await wait(20);
}

describe('a card the person cannot see', () => {
  it.each(['Write it', 'Not now', 'Low energy today'])('does nothing on %s while covered, and says so', async (name) => {
    const steps = background();
    renderCard();
    await coveredClick(name);
    expect(steps).toEqual([]);
    // Seen when it came (its height and `seen` told); covered since, it tells nothing more.
    expect(card.toHost.filter((message) => message.kind !== 'height' && message.kind !== 'seen')).toEqual([]);
    expect(asked()).toEqual(['nudge-get']);
  });

  it.each(['Another idea', 'Move to the left corner', 'No cards on this site'])('does nothing on %s in its menu while covered', async (name) => {
    background(undefined, forMaya);
    renderCard();
    // Opening the menu changes nothing; its items are what count.
    fireEvent.click(await screen.findByRole('button', { name: 'Menu' }));
    await coveredClick(name);
    expect(asked()).toEqual(['nudge-get']);
    expect(closed()).toBe(false);
  });

  it('shows why this person while covered: that changes nothing', async () => {
    background(undefined, forMaya);
    renderCard();
    await screen.findByText(forMaya.suggestion.prompt);
    card.seen = false;
    await fromMenu('Why this?');
    expect(screen.getByText('You wanted to write to Maya every two weeks.')).toBeTruthy();
  });

  it.each(['1, not awkward at all', '3, somewhat awkward', '5, very awkward'])('keeps no expectation from %s in the draft while covered', async (name) => {
    const steps = background();
    await startWriting();
    await coveredClick(name);
    expect(steps).toEqual([{ kind: 'writing' }]);
    expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('false');
  });

  it.each(['Open in Gmail', 'Email', 'Copy', 'I sent it', 'Not now'])('does nothing on %s in the draft while covered', async (name) => {
    const steps = background();
    const opened = vi.spyOn(window, 'open').mockImplementation(() => null);
    const copied = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: copied }, configurable: true });
    await startWriting();
    await coveredClick(name);
    expect(steps).toEqual([{ kind: 'writing' }]);
    expect(opened).not.toHaveBeenCalled();
    expect(copied).not.toHaveBeenCalled();
  });

  it('adds no kind reply to the note while covered', async () => {
    const steps = background(undefined, forMayaNews);
    const note = await startWriting();
    const before = note.value;
    // Opening the helper and typing in it change nothing; Add puts words in the note, which is saved.
    fireEvent.click(screen.getByRole('button', { name: 'Help me reply kindly' }));
    fireEvent.input(screen.getByRole('textbox', { name: '3. One gentle question' }), { target: { value: 'How is the new place?' } });
    await coveredClick('Add to my note');
    await wait(430);
    expect(note.value).toBe(before);
    expect(steps).toEqual([{ kind: 'writing' }]);
  });

  it('records no reflection, and opens no page from Need more support?, while covered', async () => {
    const steps = background();
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    const heavier = await screen.findByRole('button', { name: 'Heavier' });
    card.seen = false;
    fireEvent.click(heavier);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('alert');
    await wait(20);
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
    expect(heavier.getAttribute('aria-pressed')).toBe('false');

    card.seen = true;
    fireEvent.click(heavier);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await coveredClick('Need more support?');
    expect(asked()).not.toContain('open-page');
  });

  it('records nothing on Skip after sending, seen or not', async () => {
    const steps = background();
    await startWriting();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    const skip = await screen.findByRole('button', { name: 'Skip' });
    card.seen = false;
    fireEvent.click(skip);
    await screen.findByText('That was kind. Thank you for reaching out.');
    expect(steps.map((step) => step.kind)).toEqual(['writing', 'sent']);
  });

  it('says to wait a moment when a click comes just after it appeared, and does nothing', async () => {
    const steps = background();
    renderCard();
    const writeIt = await screen.findByRole('button', { name: 'Write it' });
    card.seen = false;
    card.justInView = true;
    fireEvent.click(writeIt);
    expect((await screen.findByRole('alert')).textContent).toBe(NOT_YET);
    await wait(20);
    expect(steps).toEqual([]);
  });

  it('acts again once it is seen', async () => {
    const steps = background();
    renderCard({ closeDelayMs: 20 });
    await coveredClick('Not now');
    card.seen = true;
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });

  it('still closes on × while covered, without counting it as Not now', async () => {
    const steps = background();
    renderCard();
    const close = await screen.findByRole('button', { name: 'Close' });
    card.seen = false;
    fireEvent.click(close);
    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([]);
  });
});

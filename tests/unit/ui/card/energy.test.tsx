import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { CARD_HEIGHT } from '../../../../src/ui/nudge/what-the-page-sees';
import { fakeBrowser } from '../../../support/fake-browser';
import { COVERED, RESTING, asked, asking, background, card, closed, freshCardEachTime, nudge, renderCard, wait } from './harness';

freshCardEachTime();

const QUESTION = 'How is your energy today?';
const HEARD = 'Thank you for saying so. Go gently today: rest, or one tiny thing, whichever feels right.';
const fitted = { ...nudge, suggestion: { ...nudge.suggestion, templateId: 'kind_comment', prompt: 'A kind word under a post?' } };

describe('today’s energy on the first card of the day', () => {
  it('is asked on its own: no idea beside it, four answers and Close', async () => {
    background(undefined, asking);
    renderCard();
    const question = await screen.findByRole('group', { name: QUESTION });
    expect(
      within(question)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Running low', 'Okay', 'Good', 'Rather not say']);
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent)).toEqual([
      'Close',
      'Running low',
      'Okay',
      'Good',
      'Rather not say',
    ]);
    expect(screen.queryByText(nudge.suggestion.prompt)).toBeNull();
  });

  it('takes one tap: the answer is kept, and the idea chosen to fit it follows', async () => {
    background((request) => (request.type === 'energy' ? { ok: true, value: { view: fitted } } : undefined), asking);
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Good' }));

    expect(await screen.findByText('A kind word under a post?')).toBeTruthy();
    expect(screen.queryByRole('group', { name: QUESTION })).toBeNull();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'energy', level: 'good', id: 7 });
    // The keyboard follows the person to the idea.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('A kind word under a post?'));
  });

  it('can be left unanswered: Rather not say shows the idea', async () => {
    background(undefined, asking);
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Rather not say' }));
    await screen.findByRole('button', { name: 'Write it' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'energy', level: 'skipped', id: 7 });
  });

  it('hears Running low, and offers rest today or one tiny idea, the one chosen last time first', async () => {
    background(undefined, { ...asking, lowDayFirst: 'rest' });
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Running low' }));

    expect(await screen.findByText(HEARD)).toBeTruthy();
    expect(screen.queryByText(nudge.suggestion.prompt)).toBeNull();
    const choices = screen.getAllByRole('button').filter((button) => button.closest('.row'));
    expect(choices.map((button) => [button.textContent, button.classList.contains('button--primary')])).toEqual([
      ['Rest today', true],
      ['One tiny idea', false],
    ]);
  });

  it('rests for the day on Rest today, says so calmly, and goes as Not now would', async () => {
    background(undefined, asking);
    renderCard({ closeDelayMs: 20 });
    fireEvent.click(await screen.findByRole('button', { name: 'Running low' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Rest today' }));

    expect(await screen.findByText(RESTING)).toBeTruthy();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'low-day', choice: 'rest', id: 7 });
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('shows one tiny idea on One tiny idea', async () => {
    background(undefined, asking);
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Running low' }));
    fireEvent.click(await screen.findByRole('button', { name: 'One tiny idea' }));

    expect(await screen.findByText(nudge.suggestion.prompt)).toBeTruthy();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'low-day', choice: 'tiny', id: 7 });
  });

  it('keeps the card’s height through every answer', async () => {
    background(undefined, asking);
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Running low' }));
    fireEvent.click(await screen.findByRole('button', { name: 'One tiny idea' }));
    await screen.findByRole('button', { name: 'Write it' });
    expect(card.toHost.filter((message) => message.kind !== 'seen')).toEqual([{ kind: 'height', height: CARD_HEIGHT }]);
  });

  it('counts Close on the question as Not now', async () => {
    const steps = background(undefined, asking);
    renderCard();
    await screen.findByRole('group', { name: QUESTION });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });

  it.each(['Running low', 'Okay', 'Good', 'Rather not say'])('keeps no answer from %s while covered, and says so', async (name) => {
    background(undefined, asking);
    renderCard();
    const answer = await screen.findByRole('button', { name });
    card.seen = false;
    fireEvent.click(answer);

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await wait(20);
    expect(asked()).toEqual(['nudge-get']);
    expect(screen.getByRole('group', { name: QUESTION })).toBeTruthy();
  });

  it.each(['Rest today', 'One tiny idea'])('keeps no choice from %s while covered', async (name) => {
    background(undefined, asking);
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Running low' }));
    const choice = await screen.findByRole('button', { name });
    card.seen = false;
    fireEvent.click(choice);

    expect((await screen.findByRole('alert')).textContent).toBe(COVERED);
    await wait(20);
    expect(asked()).toEqual(['nudge-get', 'energy']);
  });
});

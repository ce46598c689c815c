import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { readCorner, readNudgeId } from '../../../../src/ui/nudge/card-address';
import { CARD_HEIGHT } from '../../../../src/ui/nudge/what-the-page-sees';
import { fakeBrowser } from '../../../support/fake-browser';
import { RESTING, SAVE_FAILED, background, card, closed, freshCardEachTime, hostProps, logged, nudge, offline, renderCard, wait } from './harness';

freshCardEachTime();

/** Everything in the card a person can press or type in, by name. */
const controls = () =>
  [...document.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select, [tabindex]:not([tabindex="-1"])')].map(
    (element) => element.getAttribute('aria-label') ?? element.textContent,
  );

describe('the card at first sight', () => {
  it('offers Write it, Not now and Low energy today, with its menu and Close: five things to press, no more', async () => {
    background();
    renderCard();
    expect(await screen.findByText(nudge.suggestion.prompt)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'A small hello' })).toBeTruthy();
    expect(controls()).toEqual(['Menu', 'Close', 'Write it', 'Not now', 'Low energy today']);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'nudge-get', id: 7 });
  });

  it('offers I did it, Maybe later and Low energy today for an idea away from the screen, in the same one row', async () => {
    background(undefined, offline);
    renderCard();
    await screen.findByRole('button', { name: 'I did it' });
    expect(controls()).toEqual(['Menu', 'Close', 'I did it', 'Maybe later', 'Low energy today']);
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('does not take keyboard focus when it appears', async () => {
    background();
    renderCard();
    await screen.findByRole('button', { name: 'Write it' });
    // Let every deferred effect run before looking.
    await wait(50);
    expect(document.activeElement).toBe(document.body);
  });

  it('tells its host its one height, once', async () => {
    background();
    renderCard();
    await screen.findByRole('button', { name: 'Write it' });
    await wait(20);
    expect(card.toHost.filter((message) => message.kind === 'height')).toEqual([{ kind: 'height', height: CARD_HEIGHT }]);
  });

  it('tells its host, once, that it has been seen, so that leaving the page now leaves a card that counts', async () => {
    background();
    renderCard();
    await screen.findByRole('button', { name: 'Write it' });
    await wait(20);
    expect(card.toHost.filter((message) => message.kind === 'seen')).toEqual([{ kind: 'seen' }]);
  });

  it('tells its host nothing of being seen while the page covers it', async () => {
    card.seen = false;
    background();
    renderCard();
    await screen.findByRole('button', { name: 'Write it' });
    await wait(20);
    expect(card.toHost.filter((message) => message.kind === 'seen')).toEqual([]);
  });

  it('sends dismiss on Not now, says calmly that it is fine, and goes a moment later', async () => {
    const steps = background();
    renderCard({ closeDelayMs: 40 });
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));

    expect(await screen.findByText("That's fine. Another time.")).toBeTruthy();
    expect(steps).toEqual([{ kind: 'dismiss' }]);
    expect(closed()).toBe(false);
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('rests for the day on Low energy today, says so calmly, then goes the same way', async () => {
    const steps = background();
    renderCard({ closeDelayMs: 40 });
    fireEvent.click(await screen.findByRole('button', { name: 'Low energy today' }));

    expect(await screen.findByText(RESTING)).toBeTruthy();
    expect(steps).toEqual([{ kind: 'mute' }]);
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('counts I did it as a small hello, thanks the person and goes', async () => {
    const steps = background(undefined, offline);
    renderCard({ closeDelayMs: 20 });
    fireEvent.click(await screen.findByRole('button', { name: 'I did it' }));
    expect(await screen.findByText('That was kind. A small hello counts.')).toBeTruthy();
    expect(steps).toEqual([{ kind: 'sent', text: '' }]);
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('puts an idea away from the screen on Maybe later, and says it will keep', async () => {
    const steps = background(undefined, offline);
    renderCard({ closeDelayMs: 20 });
    fireEvent.click(await screen.findByRole('button', { name: 'Maybe later' }));
    expect(await screen.findByText("That's fine. It will keep.")).toBeTruthy();
    expect(steps).toEqual([{ kind: 'dismiss' }]);
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('treats the close button as Not now while nothing is settled, and goes at once', async () => {
    const steps = background();
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Close' }));

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });

  it('closes as Not now with Esc', async () => {
    const steps = background();
    renderCard();
    await screen.findByRole('button', { name: 'Write it' });
    fireEvent.keyDown(document, { key: 'Escape' });

    await waitFor(() => expect(closed()).toBe(true));
    expect(steps).toEqual([{ kind: 'dismiss' }]);
  });

  it('says in plain words when a step could not be saved, and stays open', async () => {
    background((request) => (request.type === 'nudge-step' ? { ok: false, error: 'storage-failed' } : undefined));
    renderCard({ closeDelayMs: 20 });
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));

    expect((await screen.findByRole('alert')).textContent).toBe(SAVE_FAILED);
    expect(logged).toHaveBeenCalled();
    await wait(60);
    expect(closed()).toBe(false);
    expect(screen.getByRole('button', { name: 'Write it' })).toBeTruthy();
  });

  it('says plainly that the browser has no room left, and that nothing saved before is lost', async () => {
    background((request) => (request.type === 'nudge-step' ? { ok: false, error: 'storage-full' } : undefined));
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Write it' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your browser has no room left for Small Hellos to save this, so it was not saved. Everything saved before is still there. Freeing some disk space, or clearing old history under Your data, makes room.',
    );
    expect(closed()).toBe(false);
  });

  it('lets the close button close after a failed save, so the card can always go', async () => {
    background((request) => (request.type === 'nudge-step' ? { ok: false, error: 'storage-failed' } : undefined));
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));

    await waitFor(() => expect(closed()).toBe(true));
  });

  it('stays away when the nudge is not found', async () => {
    background((request) => (request.type === 'nudge-get' ? { ok: false, error: 'not-found' } : undefined));
    const { container } = renderCard();

    await waitFor(() => expect(closed()).toBe(true));
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('stays away without asking when the frame has no valid id', async () => {
    background();
    const connect = vi.fn(() => hostProps.connect());
    const { container } = renderCard({ connect, nudgeId: undefined });

    await wait(20);
    expect(container.textContent).toBe('');
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(connect).not.toHaveBeenCalled();
  });
});

describe('the card’s address', () => {
  it('gives a positive whole number as the nudge id', () => {
    expect(readNudgeId('?id=123')).toBe(123);
  });

  it.each(['', '?id=', '?id=0', '?id=-4', '?id=1.5', '?id=abc', '?id=12abc', '?other=3'])('gives no id for %j', (search) => {
    expect(readNudgeId(search)).toBeUndefined();
  });

  it('names the corner the card starts in', () => {
    expect(readCorner('?id=7&corner=left')).toBe('left');
    expect(readCorner('?id=7')).toBe('right');
    expect(readCorner('?id=7&corner=top')).toBe('right');
  });
});

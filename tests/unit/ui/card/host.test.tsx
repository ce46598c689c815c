import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '../../../support/fake-browser';
import type { NudgeView } from '../../../../src/messages';
import { RESTING, background, closed, forAlex, forMaya, freshCardEachTime, renderCard, wait } from './harness';

freshCardEachTime();

/** What the background tells every open extension page, as the card hears it. */
function tell(message: unknown): unknown[] {
  const listeners = fakeBrowser.runtime.onMessage.addListener.mock.calls.map(([listener]) => listener as (message: unknown) => unknown);
  return listeners.map((listener) => listener(message));
}

describe('the card and what the background tells every page', () => {
  it('goes when every card is to go quiet, and answers no one else’s messages', async () => {
    background();
    renderCard();
    await screen.findByRole('button', { name: 'Write it' });
    expect(tell({ type: 'nudge-get', id: 7 })).toEqual(expect.arrayContaining([undefined]));
    expect(closed()).toBe(false);
    tell({ type: 'cards-quiet' });
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('says its own calm line first when resting was chosen on it', async () => {
    background();
    renderCard({ closeDelayMs: 200 });
    fireEvent.click(await screen.findByRole('button', { name: 'Low energy today' }));
    await screen.findByText(RESTING);
    tell({ type: 'cards-quiet' });
    await wait(20);
    expect(closed()).toBe(false);
    await waitFor(() => expect(closed()).toBe(true));
  });

  it('follows its idea when the popup changed it, and goes when the popup settled it', async () => {
    let view = forMaya;
    background((request) => (request.type === 'nudge-get' ? { ok: true, value: view } : undefined));
    renderCard();
    await screen.findByText(forMaya.suggestion.prompt);

    view = forAlex;
    tell({ type: 'nudge-changed', id: 7 });
    expect(await screen.findByText(forAlex.suggestion.prompt)).toBeTruthy();
    tell({ type: 'nudge-changed', id: 8 });
    await wait(20);
    expect(closed()).toBe(false);

    view = { ...forAlex, status: 'sent' };
    tell({ type: 'nudge-changed', id: 7 });
    await waitFor(() => expect(closed()).toBe(true));
  });
});

describe('a card that hears of its own steps', () => {
  it('takes no change it made itself for a change made elsewhere, whichever comes first', async () => {
    let status: NudgeView['status'] = 'writing';
    background((request) => {
      if (request.type === 'nudge-get') return { ok: true, value: { ...forMaya, status } };
      if (request.type === 'nudge-step' && request.step.kind === 'sent') {
        status = 'sent';
        // The background tells every page before it answers this card.
        tell({ type: 'nudge-changed', id: 7 });
      }
      return undefined;
    });
    renderCard();
    fireEvent.click(await screen.findByRole('button', { name: 'I sent it' }));
    expect(await screen.findByText('How do you feel now?')).toBeTruthy();
    // And once more after the answer.
    tell({ type: 'nudge-changed', id: 7 });
    await wait(30);
    expect(screen.getByText('How do you feel now?')).toBeTruthy();
    expect(closed()).toBe(false);
  });
});

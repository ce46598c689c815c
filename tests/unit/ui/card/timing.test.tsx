import { fireEvent, screen } from '@testing-library/preact';
import type { Request } from '../../../../src/messages';
import { fakeBrowser } from '../../../support/fake-browser';
import { background, closed, freshCardEachTime, renderCard } from './harness';

freshCardEachTime();

afterEach(() => {
  vi.useRealTimers();
});

const LINGER = 2_500;

/**
 * A page sees when the card leaves. Each way of ending the card with a calm line leaves the
 * same while after the click, counted from the click: a background slow to write (resting
 * writes more than Not now) must not show in it.
 */
describe('when the card leaves after an answer', () => {
  it.each([
    ['Not now', 0],
    ['Not now', 900],
    ['Low energy today', 0],
    ['Low energy today', 900],
  ])('leaves %s the same while after the click, with the background answering after %i ms', async (name, answerAfter) => {
    background();
    const answer = fakeBrowser.runtime.sendMessage.getMockImplementation();
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message: unknown) => {
      if ((message as Request).type === 'nudge-step') await new Promise((resolve) => setTimeout(resolve, answerAfter));
      return answer?.(message);
    });
    renderCard({ closeDelayMs: LINGER });
    const button = await screen.findByRole('button', { name });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });

    fireEvent.click(button);
    await vi.advanceTimersByTimeAsync(LINGER - 1);
    expect(closed()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(closed()).toBe(true);
  });
});

import { act, renderHook } from '@testing-library/preact';
import type { HostLink } from '../../../../src/ui/nudge/host-link';
import type { SeenState, SeenTracker } from '../../../../src/ui/nudge/seen-tracker';
import { useSeenGate } from '../../../../src/ui/nudge/use-seen-gate';

/** A tracker the test moves from one state to the next, telling the card as the real one does. */
function fakeTracker(initial: SeenState) {
  let state = initial;
  const listeners = new Set<(state: SeenState) => void>();
  const tracker: SeenTracker = {
    seenLongEnough: () => state === 'seen',
    covered: () => state === 'covered',
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: vi.fn(),
  };
  const become = (next: SeenState) =>
    act(() => {
      state = next;
      for (const listener of listeners) listener(next);
    });
  return { tracker, become };
}

const host: HostLink = { send: vi.fn(), askSeen: vi.fn(async () => true) };

function gate(initial: SeenState, visible = true) {
  const fake = fakeTracker(initial);
  const card = { current: document.createElement('section') };
  const rendered = renderHook(() => useSeenGate(card, visible, host, () => fake.tracker));
  return { ...fake, rendered, current: () => rendered.result.current };
}

describe('the card’s gate for clicks', () => {
  it('lets a click act on a card in plain view, and says nothing', async () => {
    const { current } = gate('seen');
    let acted = false;
    await act(() => void (acted = current().mayAct()));
    expect(acted).toBe(true);
    expect(current().notice).toBeUndefined();
  });

  it('stops a click on a covered card, says the page covers it, and keeps saying so while it is covered', async () => {
    const { current, become } = gate('covered');
    let acted = true;
    await act(() => void (acted = current().mayAct()));
    expect(acted).toBe(false);
    expect(current().notice).toBe('cardCovered');

    await become('not-yet');
    expect(current().notice).toBe('cardCovered');
  });

  it('takes the notice away once the card has been in plain view long enough again, and a click acts', async () => {
    const { current, become } = gate('covered');
    await act(() => void current().mayAct());
    await become('not-yet');
    await become('seen');
    expect(current().notice).toBeUndefined();
    expect(current().state).toBe('seen');
    let acted = false;
    await act(() => void (acted = current().mayAct()));
    expect(acted).toBe(true);
  });

  it('does nothing on a click in the card’s first moment in view, asks for a moment, and says no more once it has passed', async () => {
    const { current, become } = gate('not-yet');
    let acted = true;
    await act(() => void (acted = current().mayAct()));
    expect(acted).toBe(false);
    expect(current().notice).toBe('cardNotYet');
    await become('seen');
    expect(current().notice).toBeUndefined();
  });

  it('shows what it knows in the card’s markup state, and lets the tracker go with the card', async () => {
    const { current, become, rendered, tracker } = gate('not-yet');
    expect(current().state).toBe('not-yet');
    await become('covered');
    expect(current().state).toBe('covered');
    rendered.unmount();
    expect(tracker.dispose).toHaveBeenCalled();
  });

  it('lets no click act while the card is not shown yet, whatever the page would say of it', async () => {
    const { current } = gate('seen', false);
    let acted = true;
    await act(() => void (acted = current().mayAct()));
    expect(acted).toBe(false);
    expect(current().state).toBe('not-yet');
  });
});

/** The card hears the person arrive and leave, from inside its own frame, until it stops listening. */
import { watchPresence, type PresenceListener } from '../../../../src/ui/nudge/presence';

const pointer = (type: 'pointerover' | 'pointerout' | 'pointerdown') => document.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse' }));

/** Starts watching with the keyboard elsewhere, so that nobody is at the card yet. */
function watchFromAway(listener: Required<PresenceListener>): () => void {
  const stop = watchPresence(window, listener);
  window.dispatchEvent(new FocusEvent('blur'));
  vi.mocked(listener.change).mockClear();
  return stop;
}

describe('the person at the card', () => {
  it('hears the keyboard come and go, and a press as the person arriving, about to act', () => {
    const listener = { change: vi.fn(), aboutToAct: vi.fn() };
    const stop = watchFromAway(listener);
    window.dispatchEvent(new FocusEvent('focus'));
    expect(listener.change).toHaveBeenLastCalledWith(true);
    window.dispatchEvent(new FocusEvent('blur'));
    expect(listener.change).toHaveBeenLastCalledWith(false);
    pointer('pointerdown');
    expect(listener.change).toHaveBeenLastCalledWith(true);
    expect(listener.aboutToAct).toHaveBeenCalledTimes(1);
    stop();
  });

  it('hears nothing more once it stops listening', () => {
    const listener = { change: vi.fn(), aboutToAct: vi.fn() };
    const stop = watchFromAway(listener);
    stop();
    pointer('pointerover');
    pointer('pointerdown');
    document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'a' }));
    window.dispatchEvent(new FocusEvent('focus'));
    expect(listener.change).not.toHaveBeenCalled();
    expect(listener.aboutToAct).not.toHaveBeenCalled();
  });
});

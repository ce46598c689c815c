import { act, renderHook } from '@testing-library/preact';
import type { HostLink } from '../../../../src/ui/nudge/host-link';
import { IDLE_LEAVE_MS, useIdleLeave } from '../../../../src/ui/nudge/use-idle-leave';

const MINUTE = 60_000;
let host: HostLink & { send: ReturnType<typeof vi.fn> };
let gone: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(document, 'hasFocus').mockReturnValue(false);
  host = { send: vi.fn(), askSeen: vi.fn(async () => true) };
  gone = vi.fn();
});

afterEach(() => {
  vi.useRealTimers();
});

const putAway = () => host.send.mock.calls.filter(([message]) => (message as { kind: string }).kind === 'put-away').length;
const pointerIn = () => act(() => void document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
const pointerOut = () => act(() => void document.body.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: null })));
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('a card nobody comes to', () => {
  it('is put away after ten minutes, not dismissed', () => {
    renderHook(() => useIdleLeave(host, gone));
    wait(IDLE_LEAVE_MS - 1);
    expect(putAway()).toBe(0);
    wait(1);
    expect(putAway()).toBe(1);
    expect(host.send).toHaveBeenCalledTimes(1);
    expect(gone).toHaveBeenCalledTimes(1);
    wait(IDLE_LEAVE_MS);
    expect(putAway()).toBe(1);
  });

  it('stays while the pointer rests on it, and waits ten minutes afresh once it leaves', () => {
    renderHook(() => useIdleLeave(host, gone));
    wait(9 * MINUTE);
    pointerIn();
    wait(30 * MINUTE);
    expect(putAway()).toBe(0);
    pointerOut();
    wait(9 * MINUTE);
    expect(putAway()).toBe(0);
    wait(MINUTE);
    expect(putAway()).toBe(1);
  });

  it('stays while the keyboard is in it', () => {
    renderHook(() => useIdleLeave(host, gone));
    act(() => void window.dispatchEvent(new Event('focus')));
    wait(30 * MINUTE);
    expect(putAway()).toBe(0);
  });

  it('stays until closed once the person has pressed or typed anything in it', () => {
    renderHook(() => useIdleLeave(host, gone));
    pointerIn();
    act(() => void document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    pointerOut();
    wait(60 * MINUTE);
    expect(putAway()).toBe(0);
    expect(gone).not.toHaveBeenCalled();
  });

  it('counts nothing once the card has gone by other means', () => {
    const { rerender } = renderHook(({ link }: { link: HostLink | undefined }) => useIdleLeave(link, gone), { initialProps: { link: host } });
    wait(5 * MINUTE);
    rerender({ link: undefined });
    wait(60 * MINUTE);
    expect(putAway()).toBe(0);
  });
});

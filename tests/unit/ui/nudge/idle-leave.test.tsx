import { act, renderHook } from '@testing-library/preact';
import type { Mock } from 'vitest';
import type { CardToHost } from '../../../../src/messages';
import type { HostLink } from '../../../../src/ui/nudge/host-link';
import { IDLE_LEAVE_MS, useIdleLeave } from '../../../../src/ui/nudge/use-idle-leave';

const MINUTE = 60_000;
let host: HostLink & { send: Mock<(message: CardToHost) => void> };
let gone: Mock<() => void>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(document, 'hasFocus').mockReturnValue(false);
  host = { send: vi.fn<(message: CardToHost) => void>(), askSeen: vi.fn(async () => true) };
  gone = vi.fn<() => void>();
});

afterEach(() => {
  vi.useRealTimers();
});

const putAway = () => host.send.mock.calls.filter(([message]) => message.kind === 'put-away').length;
const pointerIn = () => act(() => void document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
const pointerOut = () => act(() => void document.body.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: null })));
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('a card nobody comes to', () => {
  it('is put away after ten minutes, not dismissed', async () => {
    renderHook(() => useIdleLeave(host, gone));
    await wait(IDLE_LEAVE_MS - 1);
    expect(putAway()).toBe(0);
    await wait(1);
    expect(putAway()).toBe(1);
    expect(host.send).toHaveBeenCalledTimes(1);
    expect(gone).toHaveBeenCalledTimes(1);
    await wait(IDLE_LEAVE_MS);
    expect(putAway()).toBe(1);
  });

  it('stays while the pointer rests on it, and waits ten minutes afresh once it leaves', async () => {
    renderHook(() => useIdleLeave(host, gone));
    await wait(9 * MINUTE);
    await pointerIn();
    await wait(30 * MINUTE);
    expect(putAway()).toBe(0);
    await pointerOut();
    await wait(9 * MINUTE);
    expect(putAway()).toBe(0);
    await wait(MINUTE);
    expect(putAway()).toBe(1);
  });

  it('stays while the keyboard is in it', async () => {
    renderHook(() => useIdleLeave(host, gone));
    await act(() => void window.dispatchEvent(new Event('focus')));
    await wait(30 * MINUTE);
    expect(putAway()).toBe(0);
  });

  it('stays until closed once the person has pressed or typed anything in it', async () => {
    renderHook(() => useIdleLeave(host, gone));
    await pointerIn();
    await act(() => void document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    await pointerOut();
    await wait(60 * MINUTE);
    expect(putAway()).toBe(0);
    expect(gone).not.toHaveBeenCalled();
  });

  it('counts nothing once the card has gone by other means', async () => {
    const { rerender } = renderHook(({ link }: { link: HostLink | undefined }) => useIdleLeave(link, gone), {
      initialProps: { link: host as HostLink | undefined },
    });
    await wait(5 * MINUTE);
    rerender({ link: undefined });
    await wait(60 * MINUTE);
    expect(putAway()).toBe(0);
  });
});

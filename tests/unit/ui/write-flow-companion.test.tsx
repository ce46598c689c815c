import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { FlowStep } from '../../../src/ui/components/flow-actions';
import { WriteFlow } from '../../../src/ui/components/WriteFlow';
import { fakeBrowser } from '../../support/fake-browser';

const suggestion = { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you for this.' };
const HEAVIER_ANSWER = "Thank you for saying so. Reaching out can take a lot, and it's fine to rest now.";

function flow(props: { expected?: 1 | 2 | 3 | 4 | 5 } = {}) {
  const steps: FlowStep[] = [];
  const close = vi.fn();
  render(<WriteFlow suggestion={suggestion} actions={{ step: async (step) => (steps.push(step), { ok: true }), close }} closeDelayMs={20} {...props} />);
  return { steps, close };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Heavier, heard', () => {
  it('gets its own answer and the way to support, offers nothing new, and does not hurry away', async () => {
    const { steps, close } = flow();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Heavier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    expect(await screen.findByText(HEAVIER_ANSWER)).toBeTruthy();
    expect(steps).toContainEqual({ kind: 'reflect', feeling: 'heavier', note: '' });
    expect(screen.queryByText('That was kind. Thank you for reaching out.')).toBeNull();
    await wait(60);
    expect(close).not.toHaveBeenCalled();
    expect(screen.getByText(HEAVIER_ANSWER)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Need more support?' }));
    await waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'open-page', page: 'support' }));
  });

  it('says so in plain words if the support page cannot be opened', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValueOnce({ ok: false, error: 'storage-failed' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    flow();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Heavier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Need more support?' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The support page did not open. It is also in the Small Hellos settings, under Support.');
    logged.mockRestore();
  });

  it('is different from Lighter, which thanks and moves on', async () => {
    const { close } = flow();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lighter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('That was kind. Thank you for reaching out.')).toBeTruthy();
    expect(screen.queryByText(HEAVIER_ANSWER)).toBeNull();
    await waitFor(() => expect(close).toHaveBeenCalled());
  });
});

describe('expected versus actual', () => {
  it('asks, optionally, how awkward it is expected to feel, and keeps the one tap', async () => {
    const { steps } = flow();
    const four = screen.getByRole('button', { name: '4, quite awkward' });
    expect(four.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(four);
    await waitFor(() => expect(four.getAttribute('aria-pressed')).toBe('true'));
    expect(steps).toEqual([{ kind: 'expect', awkward: 4 }]);
  });

  it('asks after sending how it actually felt, only when an expectation was told', async () => {
    const { steps } = flow();
    fireEvent.click(screen.getByRole('button', { name: '4, quite awkward' }));
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    expect(await screen.findByText('How did it actually feel?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '2, a little awkward' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('That was kind. Thank you for reaching out.')).toBeTruthy();
    expect(steps.filter((step) => step.kind === 'expect' || step.kind === 'felt')).toEqual([
      { kind: 'expect', awkward: 4 },
      { kind: 'felt', awkward: 2 },
    ]);
  });

  it('asks nothing more after sending when no expectation was told', async () => {
    flow();
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    await screen.findByRole('button', { name: 'Heavier' });
    expect(screen.queryByText('How did it actually feel?')).toBeNull();
  });

  it('remembers an expectation told before the note was put down', async () => {
    flow({ expected: 3 });
    expect(screen.getByRole('button', { name: '3, somewhat awkward' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'I sent it' }));
    expect(await screen.findByText('How did it actually feel?')).toBeTruthy();
  });
});

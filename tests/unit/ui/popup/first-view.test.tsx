import { render, screen } from '@testing-library/preact';
import type * as LookingBack from '../../../../src/db/looking-back';
import { Popup } from '../../../../src/ui/popup/Popup';
import { backgroundAnswers } from './harness';

// Years of history still being read: in this story the reading never ends.
vi.mock('../../../../src/db/looking-back', async (importOriginal) => ({
  ...(await importOriginal<typeof LookingBack>()),
  readLookingBack: () => new Promise(() => undefined),
}));

backgroundAnswers();

describe('the popup’s first view', () => {
  it('shows today’s hello, a way to log a hello and the quiet controls while the history is still being read', async () => {
    render(<Popup />);
    await screen.findByRole('region', { name: "Today's small hello" });
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull();
    expect(screen.getByRole('button', { name: 'I connected with someone' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Low energy today' })).toBeTruthy();
    // Today's idea comes as it always did, from the background.
    await screen.findByRole('button', { name: /^(Write it|I did it|Rather not say)$/ });
    expect(screen.queryByRole('region', { name: 'History' })).toBeNull();
  });
});

import { render, screen } from '@testing-library/preact';
import { Popup } from '../../../../src/ui/popup/Popup';
import { backgroundAnswers } from './harness';

// As when the extension was updated while the popup was open: the code of a later part is gone.
vi.mock('../../../../src/ui/popup/LookingBack', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

backgroundAnswers();

describe('the popup, when a part of it does not load', () => {
  it('says so in plain words where that part would be, and keeps everything else', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Popup />);
    expect((await screen.findByRole('alert')).textContent).toBe('This part of Small Hellos did not load. Closing it and opening it again may help.');
    expect(screen.getByRole('region', { name: "Today's small hello" })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'I connected with someone' })).toBeTruthy();
  });
});

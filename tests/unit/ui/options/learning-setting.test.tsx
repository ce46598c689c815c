import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { emptyLearning } from '../../../../src/core/learning';
import { db } from '../../../../src/db/database';
import { readLearning } from '../../../../src/db/learning';
import { getSettings } from '../../../../src/db/settings';
import { Options } from '../../../../src/ui/options/Options';
import { learnedOver, WEEKDAYS_OF_NOVEMBER } from '../../../support/learning';

function openWhen() {
  location.hash = '';
  render(<Options />);
  fireEvent.click(screen.getByRole('link', { name: 'When' }));
}

afterEach(() => {
  location.hash = '';
});

describe('When, learning when cards suit you', () => {
  it('is on by default, says it stays on this device, and switches off', async () => {
    openWhen();
    const learning = await screen.findByRole('switch', { name: 'Learn when cards are welcome' });
    expect((learning as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Learning when cards suit you' }).textContent).toMatch(/stays on this device/);
    fireEvent.click(learning);
    await waitFor(async () => expect((await getSettings()).learningOn).toBe(false));
  });

  it('forgets what was learned on Forget, and says so', async () => {
    const receptivity = learnedOver(WEEKDAYS_OF_NOVEMBER, [{ kind: 'email', hour: 9, takenUp: true }]);
    await db.learning.put({ key: 'learning', state: { ...emptyLearning(), receptivity } });
    openWhen();
    fireEvent.click(await screen.findByRole('button', { name: 'Forget what was learned' }));
    expect(await screen.findByText('Cleared. Small Hellos starts learning again from now.')).toBeTruthy();
    const state = await readLearning();
    expect(state.receptivity.outcomes).toEqual({});
    expect(state.learnedThrough).toBeGreaterThan(0);
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { handleMessage } from '../../../../src/background/router';
import { dayKey } from '../../../../src/core/time';
import { logHello } from '../../../../src/db/hellos';
import { getSettings, updateSettings } from '../../../../src/db/settings';
import { Popup } from '../../../../src/ui/popup/Popup';
import { fakeBrowser } from '../../../support/fake-browser';
import { POPUP_PAGE, RESTING_LEAD, backgroundAnswers, writeTodaysIdea, laterPartsCompiled } from './harness';

backgroundAnswers();
laterPartsCompiled();

const QUESTION = 'How is your energy today?';
const asked = (type: string) => fakeBrowser.runtime.sendMessage.mock.calls.some(([message]) => (message as { type?: string }).type === type);

describe('today’s energy in the popup', () => {
  it('is asked on its own, answered in one tap, and shapes today’s idea', async () => {
    render(<Popup />);
    expect(await screen.findByRole('group', { name: QUESTION })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write it' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Good' }));
    await screen.findByRole('button', { name: /^(Write it|I did it)$/ });
    expect(screen.queryByRole('group', { name: QUESTION })).toBeNull();
    expect((await getSettings()).energyToday.level).toBe('good');
  });

  it('counts a question shown and left unanswered as skipped: not asked again in the popup, nor on a card', async () => {
    render(<Popup />);
    expect(await screen.findByRole('group', { name: QUESTION })).toBeTruthy();
    await waitFor(async () => expect((await getSettings()).energyToday.day).not.toBe(''));
    cleanup();

    render(<Popup />);
    await screen.findByRole('button', { name: /^(Write it|I did it)$/ });
    expect(screen.queryByRole('group', { name: QUESTION })).toBeNull();
    // A card may come at any hour here; the question is not on it.
    await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
    const gmail = {
      ...POPUP_PAGE,
      url: 'https://mail.google.com/mail/u/0/',
      frameId: 0,
      tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    };
    const card = (await handleMessage({ type: 'moment' }, gmail)) as { ok: true; value: { show: boolean; nudgeId: number } };
    expect(card.value.show).toBe(true);
    const view = (await handleMessage({ type: 'nudge-get', id: card.value.nudgeId }, POPUP_PAGE)) as { ok: true; value: { askEnergy?: true } };
    expect(view.value.askEnergy).toBeUndefined();
  });

  it('hears Running low, then rests on Rest today: the popup leads with rest, the cards rest, an idea only when asked', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Running low' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Rest today' }));

    expect(await screen.findByText(RESTING_LEAD)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^(Write it|I did it)$/ })).toBeNull();
    expect((await getSettings()).mutedUntil).toBeGreaterThan(Date.now());
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith({ title: 'Small Hellos is resting today' });

    fireEvent.click(screen.getByRole('button', { name: 'Show me an idea' }));
    await screen.findByRole('button', { name: /^(Write it|I did it)$/ });
    // Seeing an idea is not unmuting: the cards still rest.
    expect((await getSettings()).mutedUntil).toBeGreaterThan(Date.now());
  });

  it('shows one tiny idea on One tiny idea, and the cards keep coming', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Running low' }));
    fireEvent.click(await screen.findByRole('button', { name: 'One tiny idea' }));
    await screen.findByRole('button', { name: /^(Write it|I did it)$/ });
    expect((await getSettings()).mutedUntil).toBe(0);
    expect((await getSettings()).lowEnergyRests).toBe(false);
  });
});

describe('what the popup leads with', () => {
  it('leads with rest after Low energy today on a card, and asks the background for no idea until asked', async () => {
    await handleMessage({ type: 'quiet', change: 'low-energy' }, POPUP_PAGE);
    render(<Popup />);
    expect(await screen.findByText(RESTING_LEAD)).toBeTruthy();
    expect(screen.queryByRole('group', { name: QUESTION })).toBeNull();
    expect(asked('nudge-today')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Show me an idea' }));
    await screen.findByRole('group', { name: QUESTION });
    expect(asked('nudge-today')).toBe(true);
  });

  it('leads with the day’s intention kept, and offers an idea only when asked', async () => {
    await updateSettings({ intentionDay: dayKey(Date.now(), 4 * 60) });
    await logHello({ line: 'A call' }, Date.now());
    render(<Popup />);
    expect(await screen.findByText('That was your hello for today. The rest of the day is yours.')).toBeTruthy();
    expect(asked('nudge-today')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Show me an idea' }));
    await screen.findByRole('group', { name: QUESTION });
  });

  it('keeps a note the person is writing when they choose rest below it', async () => {
    render(<Popup />);
    await writeTodaysIdea();
    fireEvent.click(screen.getByRole('button', { name: 'Low energy today' }));
    await screen.findByRole('button', { name: 'Unmute' });
    expect(screen.getByRole('textbox', { name: 'Your note' })).toBeTruthy();
    expect(screen.queryByText(RESTING_LEAD)).toBeNull();
  });
});

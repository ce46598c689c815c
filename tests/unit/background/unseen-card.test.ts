import { handleMessage } from '../../../src/background/router';
import { getNudge } from '../../../src/db/nudges';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { CARD, GMAIL_TAB, cardView, showCard } from '../../support/senders';

beforeEach(async () => {
  // Nudges may appear at any hour in these tests; one a day, so that a kept place shows.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0, dailyCap: 1 });
});

const unseen = (id: number) => handleMessage({ type: 'card-unseen', id }, GMAIL_TAB);
const OUTLOOK_TAB = { ...GMAIL_TAB, url: 'https://outlook.live.com/mail/' };

describe('a card answered but never seen', () => {
  it('gives back the site, the day’s cap and the gap: the next moment brings a card', async () => {
    const id = await showCard();
    expect(await handleMessage({ type: 'moment' }, OUTLOOK_TAB)).toMatchObject({ ok: true, value: { show: false } });
    expect(await unseen(id)).toEqual({ ok: true, value: { removed: true } });
    expect(await getNudge(id)).toBeUndefined();
    expect(await handleMessage({ type: 'moment' }, GMAIL_TAB)).toMatchObject({ ok: true, value: { show: true } });
  });

  it('gives back today’s energy question it was put on, and the next card asks it', async () => {
    const id = await showCard();
    expect((await cardView(id)).askEnergy).toBe(true);
    await unseen(id);
    expect((await getSettings()).energyToday).toEqual({ day: '', level: 'skipped' });
    const next = await showCard();
    expect((await cardView(next)).askEnergy).toBe(true);
  });

  it('keeps an energy answer the person gave, even on a card they then left unused', async () => {
    const id = await showCard();
    await cardView(id);
    await handleMessage({ type: 'energy', level: 'good', id }, CARD);
    await unseen(id);
    expect((await getSettings()).energyToday.level).toBe('good');
  });
});

import { handleMessage } from '../../../src/background/router';
import { templateById } from '../../../src/core/templates';
import { dayKey } from '../../../src/core/time';
import { db } from '../../../src/db/database';
import { getNudge } from '../../../src/db/nudges';
import { getSettings, updateSettings } from '../../../src/db/settings';
import type { NudgeView } from '../../../src/messages';
import { fakeBrowser } from '../../support/fake-browser';
import { CARD, GMAIL_TAB, POPUP, cardView, showCard } from '../../support/senders';

beforeEach(async () => {
  // Nudges may appear at any hour in these tests.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

const RESTING_TITLE = { title: 'Small Hellos is resting today' };

describe('today’s energy', () => {
  it('is asked on the first card of the day, once, and kept for the day', async () => {
    const id = await showCard();
    expect((await cardView(id)).askEnergy).toBe(true);
    expect(await handleMessage({ type: 'energy', level: 'skipped', id }, CARD)).toMatchObject({ ok: true });
    expect((await cardView(id)).askEnergy).toBeUndefined();
    expect((await getSettings()).energyToday.level).toBe('skipped');
  });

  it('is asked only once a day: shown and left unanswered, it counts as skipped, on the next card too', async () => {
    const first = await showCard();
    expect((await cardView(first)).askEnergy).toBe(true);
    // The person neither answers nor does anything with the card; the next card comes.
    await handleMessage({ type: 'nudge-step', id: first, step: { kind: 'dismiss' } }, CARD);
    await db.nudges.clear();
    const next = await showCard();
    expect((await cardView(next)).askEnergy).toBeUndefined();
    const { energyToday, dayStartsAtMinutes } = await getSettings();
    expect(energyToday).toEqual({ day: dayKey(Date.now(), dayStartsAtMinutes), level: 'skipped', askedOnCard: first });
  });

  it('is still asked on the card it was put on when that card loads again unanswered, as when the page moves it', async () => {
    const id = await showCard();
    expect((await cardView(id)).askEnergy).toBe(true);
    expect((await cardView(id)).askEnergy).toBe(true);
    await db.nudges.clear();
    const next = await showCard();
    expect((await cardView(next)).askEnergy).toBeUndefined();
  });

  it('keeps an answer given today when a card shows afterwards', async () => {
    await handleMessage({ type: 'energy', level: 'good' }, POPUP);
    const id = await showCard();
    expect((await cardView(id)).askEnergy).toBeUndefined();
    expect((await getSettings()).energyToday.level).toBe('good');
  });

  it.each([false, true])(
    'rests nothing by itself on a Low answer, on a card or in the popup, whatever was chosen before (rest first: %s)',
    async (restFirst) => {
      await updateSettings({ lowEnergyRests: restFirst });
      const id = await showCard();
      fakeBrowser.runtime.sendMessage.mockClear();
      expect(await handleMessage({ type: 'energy', level: 'low', id }, CARD)).toMatchObject({ ok: true, value: { view: { status: 'shown' } } });
      expect(await handleMessage({ type: 'energy', level: 'low' }, POPUP)).toEqual({ ok: true, value: {} });
      expect((await getSettings()).mutedUntil).toBe(0);
      expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalledWith({ type: 'cards-quiet' });
    },
  );

  it('fits the card to a Low day: only the smallest ideas', async () => {
    for (let round = 0; round < 10; round += 1) {
      await db.nudges.clear();
      await updateSettings({ energyToday: { day: '', level: 'skipped' } });
      const id = await showCard();
      const reply = await handleMessage({ type: 'energy', level: 'low', id }, CARD);
      const view = (reply as { ok: true; value: { view: NudgeView } }).value.view;
      expect(templateById(view.suggestion.templateId)?.energy).toBe('low');
      expect((await getNudge(id))?.suggestion.templateId).toBe(view.suggestion.templateId);
    }
  });

  it('leaves a card alone once the person has started on it', async () => {
    const id = await showCard();
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'writing' } }, CARD);
    const before = await getNudge(id);
    expect(await handleMessage({ type: 'energy', level: 'low', id }, CARD)).toEqual({ ok: true, value: {} });
    expect(await getNudge(id)).toEqual(before);
  });
});

describe('after a Low answer, the person’s choice', () => {
  it('rests the cards for the day on Rest today, the card it was chosen on with them; the title and open cards follow', async () => {
    const id = await showCard();
    await handleMessage({ type: 'energy', level: 'low', id }, CARD);
    fakeBrowser.runtime.sendMessage.mockClear();

    expect(await handleMessage({ type: 'low-day', choice: 'rest', id }, CARD)).toMatchObject({ ok: true, value: { resting: true, view: { status: 'muted' } } });
    expect((await getSettings()).mutedUntil).toBeGreaterThan(Date.now());
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith(RESTING_TITLE);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'cards-quiet' });
    expect(await handleMessage({ type: 'moment' }, GMAIL_TAB)).toMatchObject({ ok: true, value: { show: false, reason: 'muted-today' } });
  });

  it('keeps the smallest idea on One tiny idea, and the cards keep coming', async () => {
    const id = await showCard();
    const low = (await handleMessage({ type: 'energy', level: 'low', id }, CARD)) as { ok: true; value: { view: NudgeView } };

    const reply = await handleMessage({ type: 'low-day', choice: 'tiny', id }, CARD);
    expect(reply).toMatchObject({ ok: true, value: { view: { status: 'shown', suggestion: low.value.view.suggestion } } });
    expect((reply as { ok: true; value: { resting?: true } }).value.resting).toBeUndefined();
    expect((await getSettings()).mutedUntil).toBe(0);
  });

  it('is remembered, and offered first on the next day’s question', async () => {
    const first = await showCard();
    expect((await cardView(first)).lowDayFirst).toBe('tiny');
    await handleMessage({ type: 'low-day', choice: 'rest', id: first }, CARD);
    expect((await getSettings()).lowEnergyRests).toBe(true);

    // The next day: the question again, with rest first.
    await db.nudges.clear();
    await updateSettings({ energyToday: { day: '', level: 'skipped' }, mutedUntil: 0 });
    const next = await showCard();
    expect(await cardView(next)).toMatchObject({ askEnergy: true, lowDayFirst: 'rest' });
    await handleMessage({ type: 'low-day', choice: 'tiny', id: next }, CARD);
    expect((await getSettings()).lowEnergyRests).toBe(false);
  });

  it('rests the cards from the popup too, with no idea to put away', async () => {
    expect(await handleMessage({ type: 'low-day', choice: 'rest' }, POPUP)).toEqual({ ok: true, value: { resting: true } });
    expect((await getSettings()).mutedUntil).toBeGreaterThan(Date.now());
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith(RESTING_TITLE);
  });
});

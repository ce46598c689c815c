import { handleMessage } from '../../../src/background/router';
import { emptyLearning } from '../../../src/core/learning';
import { restoreLearning } from '../../../src/db/learning';
import { updateSettings } from '../../../src/db/settings';
import { learnedOver, on, WEEKDAYS_OF_NOVEMBER } from '../../support/learning';
import { CARD, GMAIL_TAB, POPUP, popupView, showCard } from '../../support/senders';

/** A Monday morning at the end of the month the learned history covers. */
const MONDAY_MORNING = on(30, 9);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY_MORNING);
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

afterEach(() => {
  vi.useRealTimers();
});

const whyNow = (id: number, sender = CARD) => handleMessage({ type: 'why-now', id }, sender);

describe('Why now? for a card', () => {
  it('says Small Hellos is still learning before anything was learned', async () => {
    const id = await showCard();
    expect(await whyNow(id)).toEqual({ ok: true, value: { sentence: 'Small Hellos is still learning when suits you.' } });
  });

  it('names the moment from what was learned: hellos often written in the email on weekday mornings', async () => {
    await restoreLearning({
      ...emptyLearning(MONDAY_MORNING - 1),
      receptivity: learnedOver(WEEKDAYS_OF_NOVEMBER, [
        { kind: 'email', hour: 9, takenUp: true },
        { kind: 'social', hour: 20, takenUp: false },
      ]),
    });
    const id = await showCard();
    expect(await whyNow(id)).toEqual({ ok: true, value: { sentence: 'You often write a hello in your email on weekday mornings.' } });
  });

  it('says nothing of the moment while learning is off, nor for the popup’s idea, which has none', async () => {
    expect(await whyNow((await popupView()).id, POPUP)).toEqual({ ok: true, value: {} });
    const id = await showCard();
    await updateSettings({ learningOn: false });
    expect(await whyNow(id)).toEqual({ ok: true, value: {} });
  });

  it('answers only the extension’s own pages, and an unknown card with not-found', async () => {
    const id = await showCard();
    expect(await whyNow(id, GMAIL_TAB)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await whyNow(id + 100)).toEqual({ ok: false, error: 'not-found' });
  });
});

/** The person's choices as the router keeps them: cards never seen, private windows, the card's corner, quiet times, the mailbox. */
import { handleMessage } from '../../../src/background/router';
import { getNudge, latestNudges } from '../../../src/db/nudges';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { db } from '../../../src/db/database';
import { fakeBrowser } from '../../support/fake-browser';
import { CARD, GMAIL_TAB, POPUP, showCard } from '../../support/senders';

beforeEach(async () => {
  // Nudges may appear at any hour in these tests.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

describe('cards the person never saw', () => {
  it('forgets a card the page kept taking away, so it does not count against the day', async () => {
    const id = await showCard();
    expect(await handleMessage({ type: 'card-unseen', id }, GMAIL_TAB)).toEqual({ ok: true, value: { removed: true } });
    expect(await getNudge(id)).toBeUndefined();
    const outlook = { ...GMAIL_TAB, url: 'https://outlook.live.com/mail/' };
    expect(await handleMessage({ type: 'moment' }, outlook)).toMatchObject({ ok: true, value: { show: true } });
  });

  it('keeps a card the person already acted on, or one from another site', async () => {
    const id = await showCard();
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'writing' } }, CARD);
    expect(await handleMessage({ type: 'card-unseen', id }, GMAIL_TAB)).toEqual({ ok: true, value: { removed: false } });
    expect(await getNudge(id)).toBeDefined();

    await updateSettings({ cooldownMinutes: 0, dailyCap: 5 });
    const outlookTab = { ...GMAIL_TAB, url: 'https://outlook.live.com/mail/' };
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'dismiss' } }, CARD);
    const other = await showCard(outlookTab);
    expect(await handleMessage({ type: 'card-unseen', id: other }, GMAIL_TAB)).toEqual({ ok: true, value: { removed: false } });
    expect(await getNudge(other)).toBeDefined();
  });
});

describe('private windows', () => {
  const PRIVATE_TAB = { ...GMAIL_TAB, tab: { ...GMAIL_TAB.tab!, incognito: true } };

  it('shows no card and stores nothing for a moment in a private window', async () => {
    expect(await handleMessage({ type: 'moment' }, PRIVATE_TAB)).toEqual({ ok: true, value: { show: false, reason: 'private-window' } });
    expect(await latestNudges(10)).toEqual([]);
  });

  it('shows cards there once the person allows it', async () => {
    await updateSettings({ inPrivateWindows: true });
    expect(await handleMessage({ type: 'moment' }, PRIVATE_TAB)).toMatchObject({ ok: true, value: { show: true } });
  });
});

describe('the corner of the card', () => {
  it('puts the card where the person last moved it on that site', async () => {
    const id = await showCard();
    expect(await handleMessage({ type: 'card-corner', id, corner: 'left' }, CARD)).toEqual({ ok: true, value: { corner: 'left' } });
    expect((await getSettings()).cardCorners).toEqual({ gmail: 'left' });
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'dismiss' } }, CARD);
    await updateSettings({ cooldownMinutes: 0, dailyCap: 5, disabledSites: [] });
    await db.nudges.clear();
    expect(await handleMessage({ type: 'moment' }, GMAIL_TAB)).toMatchObject({ ok: true, value: { show: true, corner: 'left' } });
    await db.nudges.clear();
    expect(await handleMessage({ type: 'moment' }, { ...GMAIL_TAB, url: 'https://outlook.live.com/mail/' })).toMatchObject({
      ok: true,
      value: { show: true, corner: 'right' },
    });
  });
});

describe('quiet times chosen in the popup', () => {
  it('rests until the day starts, updates the toolbar title and tells open cards', async () => {
    const reply = await handleMessage({ type: 'quiet', change: 'low-energy' }, POPUP);
    const { mutedUntil } = await getSettings();
    expect(reply).toEqual({ ok: true, value: { quietUntil: mutedUntil } });
    expect(mutedUntil).toBeGreaterThan(Date.now());
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith({ title: 'Small Hellos is resting today' });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'cards-quiet' });
  });

  it.each(['snooze-hour', 'snooze-tomorrow', 'snooze-week'] as const)('closes cards already open on %s, and the title says so', async (change) => {
    const reply = await handleMessage({ type: 'quiet', change }, POPUP);
    const { snoozedUntil } = await getSettings();
    expect(snoozedUntil).toBeGreaterThan(Date.now());
    expect(reply).toEqual({ ok: true, value: { quietUntil: snoozedUntil } });
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'cards-quiet' });
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith({ title: 'Small Hellos is paused for now' });
  });

  it('lets cards back on unmute, and the title says so without telling cards anything', async () => {
    await handleMessage({ type: 'quiet', change: 'snooze-hour' }, POPUP);
    fakeBrowser.runtime.sendMessage.mockClear();
    expect(await handleMessage({ type: 'quiet', change: 'unmute' }, POPUP)).toEqual({ ok: true, value: { quietUntil: 0 } });
    expect(await getSettings()).toMatchObject({ mutedUntil: 0, snoozedUntil: 0 });
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith({ title: 'Small Hellos' });
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('closes other open cards when one card chooses Low energy today', async () => {
    const id = await showCard();
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'mute' } }, CARD);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'cards-quiet' });
  });
});

describe('the mailbox a card came from', () => {
  it('is kept from the address of the moment, so compose opens in the same account', async () => {
    const id = await showCard({ ...GMAIL_TAB, url: 'https://mail.google.com/mail/u/2/#inbox' });
    expect((await handleMessage({ type: 'nudge-get', id }, CARD)) as unknown).toMatchObject({ ok: true, value: { mailbox: { gmailAccount: 2 } } });
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'dismiss' } }, CARD);
    await db.nudges.clear();
    const work = await showCard({ ...GMAIL_TAB, url: 'https://outlook.office.com/mail/inbox' });
    expect(await getNudge(work)).toMatchObject({ mailbox: { outlookHost: 'outlook.office.com' } });
  });
});

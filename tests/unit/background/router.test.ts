import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from '../../../src/background/router';
import { getNudge, latestNudges } from '../../../src/db/nudges';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { db } from '../../../src/db/database';
import { fakeBrowser } from '../../support/fake-browser';

const GMAIL_TAB: Runtime.MessageSender = {
  id: 'test-extension',
  url: 'https://mail.google.com/mail/u/0/#inbox',
  frameId: 0,
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};
const CARD: Runtime.MessageSender = {
  id: 'test-extension',
  url: 'chrome-extension://3f1c2a9e-dynamic/src/ui/nudge/index.html?id=1',
  frameId: 12,
  tab: GMAIL_TAB.tab,
};

beforeEach(async () => {
  // Nudges may appear at any hour in these tests.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

async function showCard(sender: Runtime.MessageSender = GMAIL_TAB): Promise<number> {
  const reply = await handleMessage({ type: 'moment' }, sender);
  if (!reply.ok || !(reply.value as { show: boolean }).show) throw new Error(`no card: ${JSON.stringify(reply)}`);
  return (reply.value as { nudgeId: number }).nudgeId;
}

describe('the background router', () => {
  it('records a nudge as shown before answering a moment on a catalogue site', async () => {
    const id = await showCard();
    expect(await getNudge(id)).toMatchObject({ origin: 'page', site: 'gmail', status: 'shown' });
  });

  it.each([
    ['an unknown type', { type: 'send-email', to: 'x@example.com' }],
    ['a missing type', { id: 1 }],
    ['an extra field', { type: 'moment', site: 'gmail' }],
    ['a string', 'moment'],
    ['null', null],
    ['a malformed step', { type: 'nudge-step', id: 1, step: { kind: 'sent' } }],
  ])('answers bad-message to %s and changes nothing', async (_name, message) => {
    expect(await handleMessage(message, GMAIL_TAB)).toEqual({ ok: false, error: 'bad-message' });
    expect(await latestNudges(10)).toEqual([]);
  });

  it.each([
    ['another extension', { ...GMAIL_TAB, id: 'someone-else' }],
    ['a site outside the catalogue', { ...GMAIL_TAB, url: 'https://mail.google.com.evil.test/' }],
    ['plain http', { ...GMAIL_TAB, url: 'http://mail.google.com/' }],
    ['a frame inside the page', { ...GMAIL_TAB, frameId: 3 }],
    ['an extension page', CARD],
  ])('refuses a moment from %s', async (_name, sender) => {
    expect(await handleMessage({ type: 'moment' }, sender)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await latestNudges(10)).toEqual([]);
  });

  it('lets only the extension’s own pages read or change a nudge', async () => {
    const id = await showCard();
    expect(await handleMessage({ type: 'nudge-get', id }, GMAIL_TAB)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await handleMessage({ type: 'nudge-step', id, step: { kind: 'dismiss' } }, GMAIL_TAB)).toEqual({ ok: false, error: 'bad-sender' });
    expect((await getNudge(id))?.status).toBe('shown');
    const view = await handleMessage({ type: 'nudge-get', id }, CARD);
    expect(view).toMatchObject({ ok: true, value: { id, status: 'shown', site: 'gmail' } });
  });

  it('answers not-found for an unknown or settled nudge id', async () => {
    expect(await handleMessage({ type: 'nudge-get', id: 999 }, CARD)).toEqual({ ok: false, error: 'not-found' });
    const id = await showCard();
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'dismiss' } }, CARD);
    expect(await handleMessage({ type: 'nudge-get', id }, CARD)).toEqual({ ok: false, error: 'not-found' });
  });

  it('answers not-found for a card left open past its lifetime, and for an idea from the popup', async () => {
    const id = await showCard();
    const nudge = await getNudge(id);
    if (!nudge) throw new Error('no nudge');
    // Left open in a tab that was closed half an hour ago: no card may pick it up.
    await db.nudges.put({ ...nudge, shownAt: nudge.shownAt - 31 * 60_000 });
    expect(await handleMessage({ type: 'nudge-get', id }, CARD)).toEqual({ ok: false, error: 'not-found' });
    const popupIdea = await db.nudges.add({ ...nudge, id: undefined, origin: 'popup', site: undefined, shownAt: Date.now() });
    expect(await handleMessage({ type: 'nudge-get', id: popupIdea as number }, CARD)).toEqual({ ok: false, error: 'not-found' });
  });

  it('records each step of the write flow on the nudge', async () => {
    const id = await showCard();
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'writing' } }, CARD);
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'channel', channel: 'gmail', text: 'Hi & thanks' } }, CARD);
    expect(await handleMessage({ type: 'nudge-step', id, step: { kind: 'sent', text: 'Hi & thanks, truly' } }, CARD)).toEqual({
      ok: true,
      value: { status: 'sent' },
    });
    await handleMessage({ type: 'nudge-step', id, step: { kind: 'reflect', feeling: 'lighter', note: 'easy' } }, CARD);
    expect(await getNudge(id)).toMatchObject({ status: 'sent', channel: 'gmail', finalText: 'Hi & thanks, truly', feeling: 'lighter', genuineNote: 'easy' });
  });

  it('mutes in-page nudges until tomorrow from the card, and the toolbar title says so', async () => {
    const id = await showCard();
    const reply = await handleMessage({ type: 'nudge-step', id, step: { kind: 'mute' } }, CARD);
    expect(reply).toEqual({ ok: true, value: { status: 'muted' } });
    expect((await getSettings()).mutedUntil).toBeGreaterThan(Date.now());
    expect(fakeBrowser.action.setTitle).toHaveBeenLastCalledWith({ title: 'Small Hellos is resting today' });
    expect(fakeBrowser.alarms.create).toHaveBeenCalledWith('quiet-ends', { when: (await getSettings()).mutedUntil });
    expect(await handleMessage({ type: 'moment' }, { ...GMAIL_TAB, url: 'https://outlook.live.com/mail/' })).toEqual({
      ok: true,
      value: { show: false, reason: 'muted-today' },
    });
  });

  it('refuses a step that does not follow, and keeps the nudge as it was', async () => {
    const id = await showCard();
    expect(await handleMessage({ type: 'nudge-step', id, step: { kind: 'reflect', feeling: 'same', note: '' } }, CARD)).toEqual({
      ok: false,
      error: 'step-not-allowed',
    });
    expect((await getNudge(id))?.status).toBe('shown');
  });

  it('shows exactly one card when five tabs open at once', async () => {
    const tabs = Array.from({ length: 5 }, (_, i) => ({ ...GMAIL_TAB, tab: { ...GMAIL_TAB.tab!, id: 100 + i } }));
    const replies = await Promise.all(tabs.map((tab) => handleMessage({ type: 'moment' }, tab)));
    const shown = replies.filter((reply) => reply.ok && (reply.value as { show: boolean }).show);
    expect(shown).toHaveLength(1);
    expect(await latestNudges(10)).toHaveLength(1);
  });

  it('offers another idea a few times, then no more', async () => {
    const id = await showCard();
    const first = await handleMessage({ type: 'nudge-get', id }, CARD);
    expect(first).toMatchObject({ ok: true, value: { otherIdeasLeft: 3 } });
    const seen = new Set([(first as { value: { suggestion: { templateId: string } } }).value.suggestion.templateId]);
    for (const left of [2, 1, 0]) {
      const reply = await handleMessage({ type: 'nudge-another', id }, CARD);
      expect(reply).toMatchObject({ ok: true, value: { otherIdeasLeft: left } });
      seen.add((reply as { value: { suggestion: { templateId: string } } }).value.suggestion.templateId);
    }
    expect(seen.size).toBe(4);
    expect(await handleMessage({ type: 'nudge-another', id }, CARD)).toEqual({ ok: false, error: 'step-not-allowed' });
  });

  it('answers storage-full when the browser has no room left, so the card can say so', async () => {
    const { db } = await import('../../../src/db/database');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const full = Object.assign(new Error('The transaction was aborted'), { name: 'AbortError', inner: new DOMException('Quota exceeded', 'QuotaExceededError') });
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(full);
    expect(await handleMessage({ type: 'moment' }, GMAIL_TAB)).toEqual({ ok: false, error: 'storage-full' });
    spy.mockRestore();
  });

  it('answers storage-failed in plain terms when the database cannot be used', async () => {
    const { db } = await import('../../../src/db/database');
    db.close();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(new Error('Database is closed'));
    expect(await handleMessage({ type: 'moment' }, GMAIL_TAB)).toEqual({ ok: false, error: 'storage-failed' });
    spy.mockRestore();
    await db.open();
  });
});

describe('who may ask what', () => {
  const POPUP: Runtime.MessageSender = { id: 'test-extension', url: 'chrome-extension://test-extension/src/ui/popup/index.html' };

  /** One well-formed request of every kind, and which kind of sender may make it. */
  const REQUESTS = (id: number) =>
    [
      [{ type: 'moment' }, 'content script'],
      [{ type: 'moment-away' }, 'content script'],
      [{ type: 'card-unseen', id }, 'content script'],
      [{ type: 'card-gone', displayBy: '--abcdefgh' }, 'content script'],
      [{ type: 'nudge-get', id }, 'extension page'],
      [{ type: 'nudge-today' }, 'extension page'],
      [{ type: 'nudge-step', id, step: { kind: 'dismiss' } }, 'extension page'],
      [{ type: 'nudge-another', id }, 'extension page'],
      [{ type: 'why-now', id }, 'extension page'],
      [{ type: 'card-corner', id, corner: 'left' }, 'extension page'],
      [{ type: 'card-host', id, message: { kind: 'close' } }, 'extension page'],
      [{ type: 'energy', level: 'good', id }, 'extension page'],
      [{ type: 'low-day', choice: 'rest', id }, 'extension page'],
      [{ type: 'quiet', change: 'low-energy' }, 'extension page'],
      [{ type: 'site-off', id }, 'extension page'],
      [{ type: 'open-page', page: 'support' }, 'extension page'],
      [{ type: 'rituals-changed' }, 'extension page'],
    ] as const;

  it('covers every kind of request in this list', async () => {
    const { requestSchema } = await import('../../../src/messages');
    const types = requestSchema.options.map((option) => option.entries.type.literal).sort();
    expect(REQUESTS(1).map(([request]) => request.type).sort()).toEqual(types);
  });

  it.each(REQUESTS(1).map(([request, from]) => [request.type, request, from] as const))(
    'refuses %s from the wrong kind of sender, changing nothing',
    async (_type, request, from) => {
      const id = await showCard();
      const before = { nudges: await latestNudges(10), settings: await getSettings() };
      const wrongSenders =
        from === 'content script'
          ? [CARD, POPUP, { ...GMAIL_TAB, id: 'someone-else' }]
          : [GMAIL_TAB, { ...CARD, id: 'someone-else' }, { ...POPUP, url: 'https://evil.test/popup.html' }];
      for (const sender of wrongSenders) {
        expect(await handleMessage({ ...request, ...('id' in request ? { id } : {}) }, sender)).toEqual({ ok: false, error: 'bad-sender' });
      }
      expect(await latestNudges(10)).toEqual(before.nudges);
      expect(await getSettings()).toEqual(before.settings);
    },
  );
});

describe('the card and the page that hosts it', () => {
  it('hands the card’s words to the top frame of its own tab, and the answer back', async () => {
    fakeBrowser.tabs.sendMessage.mockResolvedValueOnce({ kind: 'seen', seen: true });
    const reply = await handleMessage({ type: 'card-host', id: 4, message: { kind: 'check-seen' } }, CARD);
    expect(reply).toEqual({ ok: true, value: { answer: { kind: 'seen', seen: true } } });
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledWith(7, { smallHellosCard: 4, message: { kind: 'check-seen' } }, { frameId: 0 });
  });

  it('refuses an extension page outside any tab, which has no host', async () => {
    const popup = { id: 'test-extension', url: 'chrome-extension://test-extension/src/ui/popup/index.html' };
    expect(await handleMessage({ type: 'card-host', id: 4, message: { kind: 'close' } }, popup)).toEqual({ ok: false, error: 'bad-sender' });
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('answers not-found when the tab has no host any more', async () => {
    fakeBrowser.tabs.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await handleMessage({ type: 'card-host', id: 4, message: { kind: 'height', height: 300 } }, CARD)).toEqual({
      ok: false,
      error: 'not-found',
    });
  });

  it.each([
    ['a negative height', { kind: 'height', height: -1 }],
    ['a height that is not a number', { kind: 'height', height: '300' }],
    ['an unknown word', { kind: 'navigate', url: 'https://evil.test/' }],
    ['an extra field', { kind: 'close', now: true }],
  ])('refuses %s and passes nothing on', async (_case, message) => {
    expect(await handleMessage({ type: 'card-host', id: 4, message }, CARD)).toEqual({ ok: false, error: 'bad-message' });
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });
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
  const POPUP: Runtime.MessageSender = { id: 'test-extension', url: 'chrome-extension://test-extension/src/ui/popup/index.html' };

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

/** The background router: moments, a card's reads and steps, and what it answers when something is wrong. */
import { handleMessage } from '../../../src/background/router';
import { getNudge, latestNudges } from '../../../src/db/nudges';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { db } from '../../../src/db/database';
import { fakeBrowser } from '../../support/fake-browser';
import { CARD, GMAIL_TAB, showCard } from '../../support/senders';

beforeEach(async () => {
  // Nudges may appear at any hour in these tests.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

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
    const full = Object.assign(new Error('The transaction was aborted'), {
      name: 'AbortError',
      inner: new DOMException('Quota exceeded', 'QuotaExceededError'),
    });
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

import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from '../../../src/background/router';
import { latestNudges } from '../../../src/db/nudges';
import { updateSettings } from '../../../src/db/settings';
import { fakeBrowser } from '../../support/fake-browser';

/** Each test has its own tabs, so that what the session storage kept of one is no part of another. */
let nextTab = 100;
function gmailTab(): Runtime.MessageSender {
  nextTab += 2;
  return {
    id: 'test-extension',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    frameId: 0,
    tab: { id: nextTab, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}

const MINUTE = 60_000;
let now = Date.UTC(2026, 2, 4, 10, 0);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  now += 3 * 24 * 60 * MINUTE;
  vi.setSystemTime(now);
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
  await fakeBrowser.storage.session.remove(['moment:gmail']);
});

afterEach(() => {
  vi.useRealTimers();
});

function later(minutes: number): void {
  now += minutes * MINUTE;
  vi.setSystemTime(now);
}

const open = (tab: Runtime.MessageSender) => handleMessage({ type: 'moment', arrival: 'opened' }, tab);
const comeBack = (tab: Runtime.MessageSender) => handleMessage({ type: 'moment', arrival: 'returned' }, tab);
/** The page moved within itself from `from` to `to` (the browser may still give the old address). */
const move = (tab: Runtime.MessageSender, from: string, to: string) => handleMessage({ type: 'moment', arrival: 'moved', from, to }, { ...tab, url: from });
const goAway = (tab: Runtime.MessageSender) => handleMessage({ type: 'moment-away' }, tab);
const answer = (reply: { ok: boolean; value?: unknown }) => reply.value as { show: boolean; reason?: string };

describe('coming back to a catalogue tab', () => {
  it('brings a card, with no reload, after a minute or more away from a tab that was muted when opened', async () => {
    const tab = gmailTab();
    await updateSettings({ mutedUntil: now + 10 * MINUTE });
    expect(answer(await open(tab))).toEqual({ show: false, reason: 'muted-today' });
    await goAway(tab);
    later(30);
    expect(answer(await comeBack(tab)).show).toBe(true);
    expect(await latestNudges(5)).toHaveLength(1);
  });

  it('brings nothing after a quick switch away and back', async () => {
    const tab = gmailTab();
    await updateSettings({ mutedUntil: now + 1 });
    await open(tab);
    later(5);
    await goAway(tab);
    later(0.5);
    expect(answer(await comeBack(tab))).toEqual({ show: false, reason: 'same-moment' });
    expect(await latestNudges(5)).toEqual([]);
  });

  it('brings nothing when the tab was never heard to go', async () => {
    const tab = gmailTab();
    await updateSettings({ mutedUntil: now + 1 });
    await open(tab);
    later(5);
    expect(answer(await comeBack(tab))).toEqual({ show: false, reason: 'same-moment' });
  });

  it('collapses two returns at the same site within a minute into one moment', async () => {
    const first = gmailTab();
    const second = gmailTab();
    await goAway(first);
    await goAway(second);
    later(10);
    await updateSettings({ snoozedUntil: now + 1 });
    expect(answer(await comeBack(first))).toEqual({ show: false, reason: 'snoozed' });
    later(0.5);
    expect(answer(await comeBack(second))).toEqual({ show: false, reason: 'same-moment' });
  });

  it('stays under the same rules as opening: once per site a day', async () => {
    const tab = gmailTab();
    expect(answer(await open(tab)).show).toBe(true);
    await goAway(tab);
    later(120);
    expect(answer(await comeBack(tab))).toEqual({ show: false, reason: 'moment-already-used-today' });
  });

  it('hears a tab go only from a content script on a catalogue site', async () => {
    const tab = gmailTab();
    expect(await handleMessage({ type: 'moment-away' }, { ...tab, url: 'https://evil.test/' })).toEqual({ ok: false, error: 'bad-sender' });
    expect(await handleMessage({ type: 'moment-away' }, { ...tab, frameId: 3 })).toEqual({ ok: false, error: 'bad-sender' });
    expect(await goAway(tab)).toEqual({ ok: true, value: { noted: true } });
  });
});

describe('moving within a catalogue page', () => {
  const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
  const MESSAGE = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRnJ';

  it('brings a card on moving into the inbox from a message, with no reload, under the same rules', async () => {
    const tab = gmailTab();
    await updateSettings({ mutedUntil: now + 10 * MINUTE });
    expect(answer(await open(tab))).toEqual({ show: false, reason: 'muted-today' });
    later(20);
    expect(answer(await move(tab, MESSAGE, INBOX)).show).toBe(true);
    later(120);
    expect(answer(await move(tab, MESSAGE, INBOX))).toEqual({ show: false, reason: 'moment-already-used-today' });
    expect(await latestNudges(5)).toHaveLength(1);
  });

  it('brings nothing for a move out of the inbox, or within a minute of the last moment', async () => {
    const tab = gmailTab();
    await updateSettings({ mutedUntil: now + 1 });
    await open(tab);
    later(5);
    expect(answer(await move(tab, INBOX, MESSAGE))).toEqual({ show: false, reason: 'same-moment' });
    expect(answer(await move(tab, MESSAGE, INBOX)).show).toBe(true);
    await updateSettings({ mutedUntil: now + 1 });
    later(0.5);
    expect(answer(await move(tab, MESSAGE, INBOX))).toEqual({ show: false, reason: 'same-moment' });
  });
});

it('takes no move whose addresses are on another site than the page', async () => {
  const tab = gmailTab();
  const away = 'https://evil.test/#inbox';
  const reply = await handleMessage({ type: 'moment', arrival: 'moved', from: 'https://mail.google.com/mail/u/0/#sent', to: away }, tab);
  expect(reply).toEqual({ ok: true, value: { show: false, reason: 'same-moment' } });
});

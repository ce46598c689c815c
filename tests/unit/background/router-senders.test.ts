/** Who may ask the background what, and how a card's words reach the page that hosts it. */
import { handleMessage } from '../../../src/background/router';
import { latestNudges } from '../../../src/db/nudges';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { fakeBrowser } from '../../support/fake-browser';
import { CARD, GMAIL_TAB, POPUP, showCard } from '../../support/senders';

beforeEach(async () => {
  // Nudges may appear at any hour in these tests.
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

describe('who may ask what', () => {
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
    expect(
      REQUESTS(1)
        .map(([request]) => request.type)
        .sort(),
    ).toEqual(types);
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

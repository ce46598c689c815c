import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from '../../../src/background/router';
import { newCustomSite } from '../../../src/core/custom-sites';
import { getNudge, latestNudges } from '../../../src/db/nudges';
import { getSettings, updateSettings } from '../../../src/db/settings';
import { addCustomSite } from '../../../src/db/settings-changes';
import { fakeBrowser } from '../../support/fake-browser';

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const MASTODON: Runtime.MessageSender = { id: 'test-extension', url: 'https://mastodon.social/home', frameId: 0, tab };
const site = newCustomSite('https://mastodon.social', 'social', 1);

beforeEach(async () => {
  await updateSettings({ activeFromMinutes: 0, activeUntilMinutes: 0 });
});

afterEach(() => {
  fakeBrowser.permissions.contains.mockImplementation(async () => false);
});

const grant = (granted: boolean) => fakeBrowser.permissions.contains.mockImplementation(async () => granted);

describe('a site the person added', () => {
  it('brings a card once it is in the list and the browser grants it', async () => {
    await addCustomSite(site);
    grant(true);
    const reply = await handleMessage({ type: 'moment' }, MASTODON);
    expect(reply).toMatchObject({ ok: true, value: { show: true } });
    expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: ['https://mastodon.social/*'] });
    const id = (reply as { value: { nudgeId: number } }).value.nudgeId;
    expect(await getNudge(id)).toMatchObject({ site: 'custom:social:mastodon.social', origin: 'page' });
  });

  it.each([
    ['not in the list', false, MASTODON, true],
    ['whose grant was taken back', true, MASTODON, false],
    ['on another origin', true, { ...MASTODON, url: 'https://mastodon.social.evil.test/' }, true],
    ['in a frame', true, { ...MASTODON, frameId: 2 }, true],
    ['over http', true, { ...MASTODON, url: 'http://mastodon.social/' }, true],
  ])('is refused when %s', async (_name, listed, sender, granted) => {
    if (listed) await addCustomSite(site);
    grant(granted);
    expect(await handleMessage({ type: 'moment' }, sender)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await latestNudges(10)).toEqual([]);
  });
});

describe('"Not on this site" on a card', () => {
  const GMAIL: Runtime.MessageSender = { id: 'test-extension', url: 'https://mail.google.com/mail/u/0/', frameId: 0, tab };
  const CARD: Runtime.MessageSender = { id: 'test-extension', url: 'chrome-extension://dynamic/src/ui/nudge/index.html?id=1', frameId: 3, tab };

  it('switches the site off and puts the card away; no card comes there after', async () => {
    const shown = await handleMessage({ type: 'moment' }, GMAIL);
    const id = (shown as { value: { nudgeId: number } }).value.nudgeId;
    expect(await handleMessage({ type: 'site-off', id }, CARD)).toEqual({ ok: true, value: { site: 'gmail' } });
    expect((await getSettings()).disabledSites).toEqual(['gmail']);
    expect(await getNudge(id)).toMatchObject({ status: 'dismissed' });
    await updateSettings({ cooldownMinutes: 0, dailyCap: 5 });
    expect(await handleMessage({ type: 'moment' }, { ...GMAIL, url: 'https://mail.google.com/mail/u/1/' })).toEqual({
      ok: true,
      value: { show: false, reason: 'disabled-moment' },
    });
  });

  it('is refused from the page itself, and for a card that is not there', async () => {
    expect(await handleMessage({ type: 'site-off', id: 1 }, GMAIL)).toEqual({ ok: false, error: 'bad-sender' });
    expect(await handleMessage({ type: 'site-off', id: 404 }, CARD)).toEqual({ ok: false, error: 'not-found' });
    expect((await getSettings()).disabledSites).toEqual([]);
  });
});

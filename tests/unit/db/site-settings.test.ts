import { newCustomSite } from '../../../src/core/custom-sites';
import { getSettings, setCardCorner } from '../../../src/db/settings';
import { addCustomSite, changeSettings, removeCustomSite } from '../../../src/db/settings-changes';

describe('changing settings from the options page', () => {
  it('writes a valid change at once', async () => {
    expect(await changeSettings({ dailyCap: 4, restDays: [6, 0] })).toMatchObject({ ok: true });
    expect(await getSettings()).toMatchObject({ dailyCap: 4, restDays: [6, 0] });
  });

  it('refuses a wrong value whole, naming it, and writes nothing', async () => {
    expect(await changeSettings({ dailyCap: 4, cooldownMinutes: -5 })).toEqual({ ok: false, field: 'cooldownMinutes' });
    expect((await getSettings()).dailyCap).toBe(2);
  });
});

describe('sites the person added', () => {
  const site = newCustomSite('https://mastodon.social', 'social', 1);

  it('are listed once, and removed with their switch and corner', async () => {
    await addCustomSite(site);
    await addCustomSite(site);
    await changeSettings({ disabledSites: [site.id, 'x'] });
    await setCardCorner(site.id, 'left');
    expect((await getSettings()).customSites).toEqual([site]);
    await removeCustomSite(site.id);
    expect(await getSettings()).toMatchObject({ customSites: [], disabledSites: ['x'], cardCorners: {} });
  });
});

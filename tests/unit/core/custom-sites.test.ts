import { customSiteForUrl, newCustomSite, originPattern, parseSiteInput, scriptIdFor } from '../../../src/core/custom-sites';
import { isCustomSiteId, isSiteId, parseCustomSiteId, siteById } from '../../../src/core/moments';

describe('adding a site by its address', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social'],
    ['https://mastodon.social', 'https://mastodon.social'],
    ['  https://Chat.Example.org/channel/general?x=1  ', 'https://chat.example.org'],
    ['https://work.example.org:8443/app', 'https://work.example.org:8443'],
    // International names, top-level domain too, as the browser writes them (punycode).
    ['пример.рф', 'https://xn--e1afmkfd.xn--p1ai'],
    ['x.xn--p1ai', 'https://x.xn--p1ai'],
    ['bücher.de', 'https://xn--bcher-kva.de'],
  ])('reads %s as the origin %s', (input, origin) => {
    expect(parseSiteInput(input, [])).toMatchObject({ ok: true, origin });
  });

  it.each([
    ['', 'site-empty'],
    ['   ', 'site-empty'],
    ['http://mastodon.social', 'site-not-https'],
    ['ftp://mastodon.social', 'site-invalid'],
    ['localhost', 'site-invalid'],
    ['mastodon', 'site-invalid'],
    ['192.168.1.10', 'site-invalid'],
    ['https://user:secret@mastodon.social', 'site-invalid'],
    ['*.example.org', 'site-invalid'],
    ['mastodon social', 'site-invalid'],
    ['example.xn--', 'site-invalid'],
    [`${'a'.repeat(300)}.org`, 'site-invalid'],
    ['mail.google.com', 'site-in-catalogue'],
    ['https://www.linkedin.com/feed/', 'site-in-catalogue'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseSiteInput(input, [])).toEqual({ ok: false, error });
  });

  it('refuses a site already added', () => {
    expect(parseSiteInput('mastodon.social', [{ origin: 'https://mastodon.social' }])).toEqual({ ok: false, error: 'site-already-added' });
  });
});

describe('a site the person added', () => {
  const site = newCustomSite('https://mastodon.social', 'social', 1);

  it('carries its kind and host in its id, readable without the list', () => {
    expect(site.id).toBe('custom:social:mastodon.social');
    expect(isCustomSiteId(site.id)).toBe(true);
    expect(isSiteId(site.id)).toBe(false);
    expect(parseCustomSiteId(site.id)).toEqual({ kind: 'social', host: 'mastodon.social' });
    expect(siteById(site.id)).toMatchObject({ id: site.id, name: 'mastodon.social', kind: 'social' });
    expect(isCustomSiteId('custom:video:example.org')).toBe(false);
    expect(isCustomSiteId('custom:email:')).toBe(false);
  });

  it('is granted and registered for exactly its origin', () => {
    expect(originPattern(site.origin)).toBe('https://mastodon.social/*');
    expect(scriptIdFor(site)).toBe('small-hellos-site-mastodon.social');
  });

  it('matches a page only on exactly its origin, over https', () => {
    expect(customSiteForUrl('https://mastodon.social/home', [site])).toBe(site);
    expect(customSiteForUrl('http://mastodon.social/home', [site])).toBeUndefined();
    expect(customSiteForUrl('https://mastodon.social.evil.test/', [site])).toBeUndefined();
    expect(customSiteForUrl('https://a.mastodon.social/', [site])).toBeUndefined();
    expect(customSiteForUrl('https://mastodon.social:444/', [site])).toBeUndefined();
    expect(customSiteForUrl(undefined, [site])).toBeUndefined();
    expect(customSiteForUrl('not a url', [site])).toBeUndefined();
  });
});

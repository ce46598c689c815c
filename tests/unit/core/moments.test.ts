import manifestJson from '../../../manifest.json' with { type: 'json' };
import { catalogueMatchPatterns, isSiteId, siteById, siteForUrl, SITES } from '../../../src/core/moments';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { matches: string[] }[];
}

const manifest: Manifest = manifestJson;
const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();

describe('siteForUrl', () => {
  it.each(SITES.flatMap((site) => site.hosts.map((host) => [host, site.id] as const)))('recognises https://%s as %s', (host, id) => {
    expect(siteForUrl(`https://${host}/some/path?q=1#top`)?.id).toBe(id);
  });

  it.each([
    ['https://mail.google.com/mail/mu/mp/0/#tl/priority', 'gmail'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://m.facebook.com/home.php', 'facebook'],
    ['https://mobile.x.com/home', 'x'],
    ['https://www.reddit.com/', 'reddit'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
  ])('knows the page a phone is served, %s, as %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });

  it('ignores letter case in the host, as browsers do', () => {
    expect(siteForUrl('https://MAIL.Google.COM/mail/u/0/')?.id).toBe('gmail');
  });

  it.each([
    ['plain http', 'http://mail.google.com/mail/'],
    ['a lookalike host ending', 'https://mail.google.com.evil.test/'],
    ['a lookalike host beginning', 'https://evilmail.google.com/'],
    ['a subdomain of a catalogue host', 'https://a.mail.google.com/'],
    ['the host in the path', 'https://evil.test/mail.google.com/'],
    ['the host as user info', 'https://mail.google.com@evil.test/'],
    ['a parent domain', 'https://google.com/'],
    ['a trailing dot', 'https://mail.google.com./'],
    ['another scheme', 'ftp://mail.google.com/'],
    ['a file URL', 'file:///mail.google.com'],
    ['an extension page', 'chrome-extension://abc/mail.google.com'],
    ['not a URL', 'mail.google.com'],
    ['an empty string', ''],
  ])('rejects %s', (_case, url) => {
    expect(siteForUrl(url)).toBeUndefined();
  });

  it('rejects a missing URL', () => {
    expect(siteForUrl(undefined)).toBeUndefined();
  });
});

describe('the catalogue', () => {
  it('gives each site a unique id and each host to one site only', () => {
    const ids = SITES.map((site) => site.id);
    const hosts = SITES.flatMap((site) => site.hosts);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('finds sites by id and knows which ids exist', () => {
    for (const site of SITES) {
      expect(isSiteId(site.id)).toBe(true);
      expect(siteById(site.id)).toBe(site);
    }
    expect(isSiteId('myspace')).toBe(false);
  });

  it('makes one https match pattern per host', () => {
    const patterns = catalogueMatchPatterns();
    expect(patterns).toHaveLength(SITES.flatMap((site) => site.hosts).length);
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });
});

describe('manifest.json', () => {
  it('runs the content script on exactly the catalogue hosts', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(sorted(manifest.content_scripts?.[0]?.matches)).toEqual(sorted(catalogueMatchPatterns()));
  });

  it('lets https pages frame the nudge card only at an address that changes every session', () => {
    // A site the person adds is known only then, and the browser checks a frame against this
    // list: so every https page may frame the card, but only at its dynamic address, which
    // no page can guess (a page that frames it with a made-up nudge id gets an empty card).
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['src/ui/nudge/index.html'], matches: ['https://*/*'], use_dynamic_url: true }]);
  });

  it('asks for alarms, scripting, storage and unlimited storage only, for no hosts, and for others only when a site is added', () => {
    // Data lives in IndexedDB; `unlimitedStorage` keeps the browser from clearing it when the
    // disk runs low (src/storage-kept.ts), and no browser warns of it at install. `scripting` registers the content
    // script on a site the person adds (issue 9); that site's own origin is asked for then,
    // from the optional https hosts, and given back when the site is removed.
    const permissions = manifest.permissions ?? [];
    // `storage` holds sync's encrypted copy (storage.sync) and its key (storage.session),
    // used only once the person turns sync on.
    expect(permissions).toEqual(['alarms', 'scripting', 'storage', 'unlimitedStorage']);
    expect(new Set(permissions).size).toBe(permissions.length);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    // A notification when a ritual is due, only if the person turns it on (issue 8).
    expect(manifest.optional_permissions).toEqual(['notifications']);
  });
});

import { SITES, type CustomSiteId, type MomentKind } from './moments';

/**
 * A site the person added as a routine moment (a Mastodon instance, a work chat). The
 * extension runs there only once the browser has granted that one origin, and only while
 * the site is in this list.
 */
export interface CustomSite {
  readonly id: CustomSiteId;
  /** "https://host" or "https://host:port": no path, no user, no wildcard. */
  readonly origin: string;
  readonly kind: MomentKind;
  readonly addedAt: number;
}

/** The longest address the field takes: a host name is at most 253 characters. */
export const MAX_SITE_INPUT = 300;

export type SiteInputError = 'site-empty' | 'site-invalid' | 'site-not-https' | 'site-in-catalogue' | 'site-already-added';

export type SiteInputResult = { ok: true; origin: string; host: string } | { ok: false; error: SiteInputError };

/** A domain name as URL writes it: labels of letters, digits and hyphens, ending in a top-level domain of letters or an international one (xn--, as in "пример.рф"). */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Reads what the person typed ("mastodon.social", "https://chat.example.org/channel/1")
 * as one HTTPS origin. Only a real domain name will do: a bare word, an address, a port
 * on its own or anything with a user name in it is refused, as is plain http (the content
 * script runs only over https) and a site already in the catalogue or the list.
 */
export function parseSiteInput(input: string, added: readonly Pick<CustomSite, 'origin'>[]): SiteInputResult {
  const text = input.trim();
  if (!text) return { ok: false, error: 'site-empty' };
  if (text.length > MAX_SITE_INPUT || /\s/.test(text)) return { ok: false, error: 'site-invalid' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: 'site-invalid' };
  }
  if (url.protocol === 'http:') return { ok: false, error: 'site-not-https' };
  if (url.protocol !== 'https:' || url.username || url.password || !HOST.test(url.hostname)) return { ok: false, error: 'site-invalid' };
  if (SITES.some((site) => (site.hosts as readonly string[]).includes(url.hostname))) return { ok: false, error: 'site-in-catalogue' };
  const origin = url.origin;
  if (added.some((site) => site.origin === origin)) return { ok: false, error: 'site-already-added' };
  return { ok: true, origin, host: url.host };
}

export function customSiteId(kind: MomentKind, host: string): CustomSiteId {
  return `custom:${kind}:${host}`;
}

export function newCustomSite(origin: string, kind: MomentKind, now: number): CustomSite {
  return { id: customSiteId(kind, new URL(origin).host), origin, kind, addedAt: now };
}

/** The pattern the browser grants and the content script is registered for: the whole origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The id under which the content script is registered for a site (ids may not start with "_"). */
export function scriptIdFor(site: Pick<CustomSite, 'origin'>): string {
  return `small-hellos-site-${new URL(site.origin).host}`;
}

/** The added site a page's address belongs to: exactly its origin, over https. */
export function customSiteForUrl(url: string | undefined, sites: readonly CustomSite[]): CustomSite | undefined {
  if (!url) return undefined;
  let origin: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    origin = parsed.origin;
  } catch {
    return undefined;
  }
  return sites.find((site) => site.origin === origin);
}

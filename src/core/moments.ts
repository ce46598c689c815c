import { idsOf } from './word-table';

/**
 * The catalogue of routine moments: sites a person already visits, each of a known kind.
 * The manifest's content-script `matches` must list exactly these hosts (a unit test checks).
 *
 * A phone (Firefox for Android) gets the same sites: most serve their phone pages at the
 * same host (Gmail's at mail.google.com/mail/mu/, Outlook's at outlook.live.com/mail/,
 * Reddit, LinkedIn, Instagram, Bluesky and Threads at the hosts below), so only the hosts
 * of their own that some phone pages still use are added, each with where it was seen.
 */
/**
 * The kinds of routine moment, each with its words: the choice when a person adds a site,
 * the heading its sites are listed under, and where it happens in "Why now?".
 */
export const MOMENT_KIND_TABLE = {
  email: { label: 'siteKindEmail', heading: 'sitesEmail', where: 'whyNowWhere_email' },
  social: { label: 'siteKindFeed', heading: 'sitesFeeds', where: 'whyNowWhere_social' },
  messages: { label: 'siteKindChat', heading: 'sitesChats', where: 'whyNowWhere_messages' },
} as const;
export type MomentKind = keyof typeof MOMENT_KIND_TABLE;
export const MOMENT_KINDS = idsOf(MOMENT_KIND_TABLE);

/** Outlook's hosts: personal accounts at the first, work and school accounts at the others. */
export const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'] as const;
export type OutlookHost = (typeof OUTLOOK_HOSTS)[number];

/** Sites whose own compose window the card can open with a draft. */
export type ComposeProvider = 'gmail' | 'outlook';

export interface Site {
  readonly id: string;
  /** The site's own brand name, never translated. */
  readonly name: string;
  readonly kind: MomentKind;
  readonly hosts: readonly string[];
  readonly compose?: ComposeProvider;
}

export const SITES = [
  { id: 'gmail', name: 'Gmail', kind: 'email', hosts: ['mail.google.com'], compose: 'gmail' },
  {
    id: 'outlook',
    name: 'Outlook',
    kind: 'email',
    hosts: OUTLOOK_HOSTS,
    compose: 'outlook',
  },
  { id: 'yahoo-mail', name: 'Yahoo Mail', kind: 'email', hosts: ['mail.yahoo.com'] },
  { id: 'proton-mail', name: 'Proton Mail', kind: 'email', hosts: ['mail.proton.me'] },
  { id: 'fastmail', name: 'Fastmail', kind: 'email', hosts: ['app.fastmail.com'] },
  {
    id: 'x',
    name: 'X',
    kind: 'social',
    // mobile.x.com: where a phone's browser may be sent (userscripts added it in 2025).
    hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  },
  {
    id: 'facebook',
    name: 'Facebook',
    kind: 'social',
    // m.facebook.com: Facebook's pages for phones, what Firefox for Android is served.
    hosts: ['www.facebook.com', 'm.facebook.com'],
  },
  { id: 'instagram', name: 'Instagram', kind: 'social', hosts: ['www.instagram.com'] },
  { id: 'linkedin', name: 'LinkedIn', kind: 'social', hosts: ['www.linkedin.com'] },
  { id: 'reddit', name: 'Reddit', kind: 'social', hosts: ['www.reddit.com'] },
  { id: 'bluesky', name: 'Bluesky', kind: 'social', hosts: ['bsky.app'] },
  { id: 'threads', name: 'Threads', kind: 'social', hosts: ['www.threads.com', 'www.threads.net'] },
  { id: 'whatsapp', name: 'WhatsApp', kind: 'messages', hosts: ['web.whatsapp.com'] },
  { id: 'messenger', name: 'Messenger', kind: 'messages', hosts: ['www.messenger.com'] },
  { id: 'telegram', name: 'Telegram', kind: 'messages', hosts: ['web.telegram.org'] },
  { id: 'discord', name: 'Discord', kind: 'messages', hosts: ['discord.com'] },
  { id: 'slack', name: 'Slack', kind: 'messages', hosts: ['app.slack.com'] },
] as const satisfies readonly Site[];

export type CatalogueSite = (typeof SITES)[number];
export type CatalogueSiteId = CatalogueSite['id'];
/**
 * A site the person added themselves (see custom-sites.ts): its kind and host are part of
 * the id, so a nudge, a switch or a card corner that names it can be read without the
 * list of added sites, and a site added again with another kind is a new site.
 */
export type CustomSiteId = `custom:${MomentKind}:${string}`;
export type SiteId = CatalogueSiteId | CustomSiteId;

/** A site where moments happen: one of the catalogue's, or one the person added. */
export interface MomentSite extends Omit<Site, 'id'> {
  readonly id: SiteId;
}

/** Whether the id names a catalogue site (a site the person added is not one). */
export function isSiteId(value: string): value is CatalogueSiteId {
  return SITES.some((site) => site.id === value);
}

/** The parts of a custom site's id, or nothing when the string is not one. */
export function parseCustomSiteId(value: string): { kind: MomentKind; host: string } | undefined {
  const match = /^custom:([a-z]+):([a-z0-9.-]+(?::\d{1,5})?)$/.exec(value);
  const kind = match?.[1] as MomentKind | undefined;
  if (!match?.[2] || !kind || !MOMENT_KINDS.includes(kind)) return undefined;
  return { kind, host: match[2] };
}

export function isCustomSiteId(value: string): value is CustomSiteId {
  return parseCustomSiteId(value) !== undefined;
}

export function siteById(id: CatalogueSiteId): CatalogueSite;
export function siteById(id: SiteId): MomentSite;
/** A catalogue site, or one the person added, named by its host. */
export function siteById(id: SiteId): MomentSite {
  const site = SITES.find((candidate) => candidate.id === id);
  if (site) return site;
  const custom = parseCustomSiteId(id);
  if (!custom) throw new Error(`Unknown site ${id}`);
  return { id, name: custom.host, kind: custom.kind, hosts: [custom.host] };
}

/** The site a URL belongs to, only over https and only for a catalogue host. */
export function siteForUrl(url: string | undefined): CatalogueSite | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return SITES.find((site) => (site.hosts as readonly string[]).includes(parsed.hostname));
}

/** Match patterns for the content script, one per catalogue host. */
export function catalogueMatchPatterns(): string[] {
  return SITES.flatMap((site) => site.hosts.map((host) => `https://${host}/*`));
}

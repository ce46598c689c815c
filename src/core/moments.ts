/**
 * The catalogue of routine moments: sites a person already visits, each of a known kind.
 * The manifest's content-script `matches` must list exactly these hosts (a unit test checks).
 */
export type MomentKind = 'email' | 'social' | 'messages';

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
    hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
    compose: 'outlook',
  },
  { id: 'yahoo-mail', name: 'Yahoo Mail', kind: 'email', hosts: ['mail.yahoo.com'] },
  { id: 'proton-mail', name: 'Proton Mail', kind: 'email', hosts: ['mail.proton.me'] },
  { id: 'fastmail', name: 'Fastmail', kind: 'email', hosts: ['app.fastmail.com'] },
  { id: 'x', name: 'X', kind: 'social', hosts: ['x.com', 'twitter.com'] },
  { id: 'facebook', name: 'Facebook', kind: 'social', hosts: ['www.facebook.com'] },
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
export type SiteId = CatalogueSite['id'];

export function isSiteId(value: string): value is SiteId {
  return SITES.some((site) => site.id === value);
}

export function siteById(id: SiteId): CatalogueSite {
  const site = SITES.find((candidate) => candidate.id === id);
  if (!site) throw new Error(`Unknown site ${id}`);
  return site;
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

import { OUTLOOK_HOSTS, type OutlookHost, type Site } from './moments';
import { idsOf } from './word-table';
import { PREFERRED_CHANNEL_TABLE, type HandleSite, type PreferredChannel } from './people';

/**
 * Channel links for a finished draft. The extension never sends anything: each link opens
 * a place where the person reviews the note and sends it themselves. Each has its button's
 * label, and says whether its compose window or mail app takes a subject line.
 */
export const CHANNEL_TABLE = {
  gmail: { label: 'openInGmail', takesSubject: true },
  outlook: { label: 'openInOutlook', takesSubject: true },
  email: { label: 'channelEmail', takesSubject: true },
  sms: { label: 'sendByText', takesSubject: false },
  whatsapp: { label: 'sendByWhatsapp', takesSubject: false },
  profile: { label: 'openProfile', takesSubject: false },
  copy: { label: 'channelCopy', takesSubject: false },
} as const;
export type ChannelId = keyof typeof CHANNEL_TABLE;
export const CHANNELS = idsOf(CHANNEL_TABLE);

/**
 * Which mailbox a moment came from: Gmail's signed-in account number (`/mail/u/1/`), or
 * the Outlook host (a personal or a work account), so that compose opens in that one.
 */
export interface Mailbox {
  readonly gmailAccount?: number;
  readonly outlookHost?: OutlookHost;
}

/** The mailbox an address on Gmail or Outlook belongs to; nothing for any other address. */
export function mailboxOf(url: string | undefined): Mailbox | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  if (parsed.hostname === 'mail.google.com') {
    const account = /^\/mail\/u\/(\d{1,2})(?:\/|$)/.exec(parsed.pathname)?.[1];
    return account === undefined ? undefined : { gmailAccount: Number(account) };
  }
  const outlookHost = OUTLOOK_HOSTS.find((host) => host === parsed.hostname);
  return outlookHost ? { outlookHost } : undefined;
}

export interface Draft {
  readonly body: string;
  /** The mailbox whose compose window opens; the first account or personal Outlook when unknown. */
  readonly mailbox?: Mailbox | undefined;
  /** An email address. */
  readonly to?: string;
  readonly subject?: string;
  readonly phone?: string;
  readonly profileUrl?: string;
}

/** A half-deleted emoji (a lone surrogate) would make encodeURIComponent throw. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Query strings encoded with %20 for spaces: `+` is read literally by mail clients. */
function query(params: Record<string, string | undefined>, crlf = false): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => {
      const encoded = encodeURIComponent(wellFormed(value));
      return `${key}=${crlf ? encoded.replace(/(?<!%0D)%0A/g, '%0D%0A') : encoded}`;
    })
    .join('&');
}

export function composeGmailUrl(draft: Draft): string {
  const account = draft.mailbox?.gmailAccount;
  const mailbox = account === undefined ? 'mail/' : `mail/u/${account}/`;
  return `https://mail.google.com/${mailbox}?${query({ view: 'cm', fs: '1', to: draft.to, su: draft.subject, body: draft.body })}`;
}

export function composeOutlookUrl(draft: Draft): string {
  const host = draft.mailbox?.outlookHost ?? 'outlook.live.com';
  // Personal Outlook keeps its account number in the path; work accounts have none.
  const path = host === 'outlook.live.com' ? 'mail/0/deeplink/compose' : 'mail/deeplink/compose';
  return `https://${host}/${path}?${query({ to: draft.to, subject: draft.subject, body: draft.body })}`;
}

export function mailtoUrl(draft: Draft): string {
  // RFC 6068: line breaks in a mailto body are CRLF.
  const params = query({ subject: draft.subject, body: draft.body }, true);
  return `mailto:${draft.to ? encodeURIComponent(draft.to).replace(/%40/g, '@') : ''}${params ? `?${params}` : ''}`;
}

/** `sms:` with the number and body (RFC 5724); phones open their messages app. */
export function smsUrl(draft: Draft & { phone: string }): string {
  return `sms:${phoneForUrl(draft.phone)}?${query({ body: draft.body })}`;
}

/** WhatsApp's own link: the chat opens with the draft typed in, not sent. */
export function whatsappUrl(draft: Draft & { phone: string }): string {
  return `https://wa.me/${phoneForUrl(draft.phone).replace(/^\+/, '')}?${query({ text: draft.body })}`;
}

function phoneForUrl(phone: string): string {
  return phone
    .trim()
    .replace(/[^0-9+]/g, '')
    .replace(/(?!^)\+/g, '');
}

const PROFILE_URLS: Record<HandleSite, (handle: string) => string> = {
  x: (h) => `https://x.com/${h}`,
  facebook: (h) => `https://www.facebook.com/${h}`,
  instagram: (h) => `https://www.instagram.com/${h}/`,
  linkedin: (h) => `https://www.linkedin.com/in/${h}/`,
  reddit: (h) => `https://www.reddit.com/user/${h}/`,
  bluesky: (h) => `https://bsky.app/profile/${h}`,
  threads: (h) => `https://www.threads.com/@${h}`,
};

/** A person's profile on a social site, where the user can comment or write to them. */
export function profileUrl(site: HandleSite, handle: string): string {
  return PROFILE_URLS[site](encodeURIComponent(handle.replace(/^@/, '')));
}

/** The link that opens a channel with the draft, or nothing when the contact detail it needs is unknown. */
export function channelUrl(channel: Exclude<ChannelId, 'copy'>, draft: Draft): string | undefined {
  switch (channel) {
    case 'gmail':
      return composeGmailUrl(draft);
    case 'outlook':
      return composeOutlookUrl(draft);
    case 'email':
      return mailtoUrl(draft);
    case 'sms':
      return draft.phone ? smsUrl({ ...draft, phone: draft.phone }) : undefined;
    case 'whatsapp':
      return draft.phone ? whatsappUrl({ ...draft, phone: draft.phone }) : undefined;
    case 'profile':
      return draft.profileUrl;
  }
}

/** How a note can reach the person, as far as the user has told. */
export type Contact = Pick<Draft, 'to' | 'phone' | 'profileUrl'>;

/**
 * The channels offered for a draft, in order: the site's own compose window, email where
 * an address is known, text and WhatsApp where a phone is, the person's profile on this
 * site where a handle is, and Copy, which always works.
 */
export function channelsFor(site: Pick<Site, 'id' | 'compose'> | undefined, contact: Contact, preferred?: PreferredChannel): ChannelId[] {
  const channels: ChannelId[] = [];
  if (site?.compose) channels.push(site.compose);
  if (contact.to) channels.push('email');
  if (contact.phone) channels.push('sms', 'whatsapp');
  if (contact.profileUrl) channels.push('profile');
  channels.push('copy');
  // The way the person said they like to hear from this friend comes first.
  const first = preferred ? PREFERRED_CHANNEL_TABLE[preferred].first : undefined;
  return first && channels.includes(first) ? [first, ...channels.filter((channel) => channel !== first)] : channels;
}

import type { ComposeProvider, Site } from './moments';

/**
 * Channel links for a finished draft. The extension never sends anything: each link opens
 * a place where the person reviews the note and sends it themselves.
 */
export type ChannelId = ComposeProvider | 'email' | 'copy';

export interface Draft {
  readonly body: string;
  readonly to?: string;
  readonly subject?: string;
}

/** Query strings encoded with %20 for spaces: `+` is read literally by mail clients. */
function query(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

export function composeGmailUrl(draft: Draft): string {
  return `https://mail.google.com/mail/?${query({ view: 'cm', fs: '1', to: draft.to, su: draft.subject, body: draft.body })}`;
}

export function composeOutlookUrl(draft: Draft): string {
  return `https://outlook.live.com/mail/0/deeplink/compose?${query({ to: draft.to, subject: draft.subject, body: draft.body })}`;
}

export function mailtoUrl(draft: Draft): string {
  const params = query({ subject: draft.subject, body: draft.body });
  return `mailto:${draft.to ? encodeURIComponent(draft.to).replace(/%40/g, '@') : ''}${params ? `?${params}` : ''}`;
}

export function channelUrl(channel: Exclude<ChannelId, 'copy'>, draft: Draft): string {
  switch (channel) {
    case 'gmail':
      return composeGmailUrl(draft);
    case 'outlook':
      return composeOutlookUrl(draft);
    case 'email':
      return mailtoUrl(draft);
  }
}

/**
 * The channels offered for a draft, in order: the site's own compose window, plain email
 * where an address is known, and Copy, which always works.
 */
export function channelsFor(site: Pick<Site, 'compose'> | undefined, to: string | undefined): ChannelId[] {
  const channels: ChannelId[] = [];
  if (site?.compose) channels.push(site.compose);
  if (to) channels.push('email');
  channels.push('copy');
  return channels;
}

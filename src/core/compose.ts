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
  return `https://mail.google.com/mail/?${query({ view: 'cm', fs: '1', to: draft.to, su: draft.subject, body: draft.body })}`;
}

export function composeOutlookUrl(draft: Draft): string {
  return `https://outlook.live.com/mail/0/deeplink/compose?${query({ to: draft.to, subject: draft.subject, body: draft.body })}`;
}

export function mailtoUrl(draft: Draft): string {
  // RFC 6068: line breaks in a mailto body are CRLF.
  const params = query({ subject: draft.subject, body: draft.body }, true);
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
export function channelsFor(site: Pick<Site, 'id' | 'compose'> | undefined, to: string | undefined): ChannelId[] {
  const channels: ChannelId[] = [];
  if (site?.compose) channels.push(site.compose);
  if (to) channels.push('email');
  channels.push('copy');
  return channels;
}

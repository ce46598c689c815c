import type { SiteId } from './moments';

/**
 * The places on a site where a person lands to look around: the inbox, the feed, the chat
 * list. Moving into one from elsewhere on the same page (a message read, a profile, the
 * settings) is a routine moment, as opening the site is. A message, a thread or a profile is
 * not such a place, and neither is anything on a site the person added (its places are not
 * known). Only where the person is goes in: never what the page shows.
 */
type Place = Pick<URL, 'pathname' | 'search' | 'hash'>;

const path = (pattern: RegExp) => (place: Place) => pattern.test(place.pathname);

const HOME_PLACES: Partial<Record<SiteId, (place: Place) => boolean>> = {
  // The inbox and its tabs (#inbox, #category/social); #inbox/… is one message.
  gmail: ({ hash }) => /^(#(inbox|category\/[a-z]+)?)?$/.test(hash),
  outlook: path(/^\/mail(\/\d+)?(\/inbox)?\/?$/),
  'yahoo-mail': path(/^\/(d\/folders\/1\/?)?$/),
  'proton-mail': path(/^(\/u\/\d+)?\/inbox\/?$/),
  fastmail: path(/^\/mail\/Inbox\/?$/),
  x: path(/^\/(home)?$/),
  facebook: path(/^\/(messages\/?)?$/),
  instagram: path(/^\/(direct\/inbox\/?)?$/),
  linkedin: path(/^\/(feed|messaging)\/?$/),
  reddit: path(/^\/(r\/popular\/?)?$/),
  bluesky: path(/^\/$/),
  threads: path(/^\/$/),
  messenger: path(/^\/$/),
  // Telegram keeps the open chat in the hash; without one it shows the chat list.
  telegram: ({ hash }) => hash === '' || hash === '#',
  discord: path(/^\/channels\/@me\/?$/),
};

function placeOf(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Whether `url` is one of the site's home places (the inbox, the feed, the chat list). */
export function isHomePlace(site: SiteId, url: string): boolean {
  const place = placeOf(url);
  const isHome = HOME_PLACES[site];
  return place !== undefined && isHome !== undefined && isHome(place);
}

/**
 * Whether going from `from` to `to` in the page at `pageUrl` is a move into a home place
 * from elsewhere on the same site: all three on one origin.
 */
export function isMoveHome(site: SiteId, from: string, to: string, pageUrl: string): boolean {
  const origins = new Set([from, to, pageUrl].map((url) => placeOf(url)?.origin));
  if (origins.size !== 1 || origins.has(undefined)) return false;
  return isHomePlace(site, to) && !isHomePlace(site, from);
}

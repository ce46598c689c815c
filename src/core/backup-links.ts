import { profileUrl } from './compose';
import type { SiteId } from './moments';
import { HANDLE_SITES, type HandleSite } from './people';

/**
 * A history entry keeps the profile link its idea offered, and the person can open it
 * later. A file could put any address there (a `javascript:` one, another site), so an
 * imported link is taken only when it is one Small Hellos itself makes for the entry's
 * site: that site's own https address around a handle, exactly as `profileUrl` writes it.
 */
const HANDLE_MARK = 'handle';

/** The parts of a site's profile link before and after the handle. */
function linkAround(site: HandleSite): { before: string; after: string } {
  const [before = '', after = ''] = profileUrl(site, HANDLE_MARK).split(HANDLE_MARK);
  return { before, after };
}

function isHandleSite(site: SiteId | undefined): site is HandleSite {
  return (HANDLE_SITES as readonly (SiteId | undefined)[]).includes(site);
}

/** Whether `link` is the profile link Small Hellos makes for some handle on `site` (and `site` has profiles at all). */
export function isProfileLinkOf(site: SiteId | undefined, link: string): boolean {
  if (!isHandleSite(site)) return false;
  const { before, after } = linkAround(site);
  if (!link.startsWith(before) || !link.endsWith(after)) return false;
  let handle: string;
  try {
    handle = decodeURIComponent(link.slice(before.length, link.length - after.length));
  } catch {
    return false;
  }
  return profileUrl(site, handle) === link;
}

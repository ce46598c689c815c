import { isProfileLinkOf } from '../../../src/core/backup-links';
import { profileUrl } from '../../../src/core/compose';
import { HANDLE_SITES } from '../../../src/core/people';

describe('a profile link in an imported history entry', () => {
  it.each(HANDLE_SITES)('is taken on %s when it is the link Small Hellos makes there, whatever the handle', (site) => {
    for (const handle of ['maya', '@maya.bsky.social', 'jo_okafor-2', 'zoë', 'a b/c?d#e'])
      expect(isProfileLinkOf(site, profileUrl(site, handle)), handle).toBe(true);
  });

  it('is refused on any other site, or where the entry names no site', () => {
    expect(isProfileLinkOf('x', profileUrl('bluesky', 'maya'))).toBe(false);
    expect(isProfileLinkOf('gmail', profileUrl('x', 'maya'))).toBe(false);
    expect(isProfileLinkOf('custom:social:mastodon.social', 'https://mastodon.social/@maya')).toBe(false);
    expect(isProfileLinkOf(undefined, profileUrl('x', 'maya'))).toBe(false);
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a plain web address', 'http://x.com/maya'],
    ['another host that starts alike', 'https://x.com.evil.example/maya'],
    ['a path past the handle', 'https://x.com/maya/status/1'],
    ['a query after the handle', 'https://x.com/maya?next=https://evil.example'],
    ['a handle written with an @ the link never has', 'https://x.com/%40maya'],
    ['an escape that is not one', 'https://x.com/%E0%A4%A'],
    ['a handle left unescaped', 'https://x.com/zoë'],
  ])('is refused when it is %s', (_what, link) => {
    expect(isProfileLinkOf('x', link)).toBe(false);
  });
});

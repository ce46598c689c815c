import { describe, expect, it } from 'vitest';
import { isHomePlace, isMoveHome } from '../../../src/core/site-places';

describe('the places where a person lands to look around', () => {
  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox'],
    ['gmail', 'https://mail.google.com/mail/u/0/'],
    ['gmail', 'https://mail.google.com/mail/u/1/#category/social'],
    ['outlook', 'https://outlook.live.com/mail/0/inbox'],
    ['outlook', 'https://outlook.office.com/mail/'],
    ['x', 'https://x.com/home'],
    ['facebook', 'https://www.facebook.com/'],
    ['linkedin', 'https://www.linkedin.com/feed/'],
    ['linkedin', 'https://www.linkedin.com/messaging/'],
    ['reddit', 'https://www.reddit.com/'],
    ['telegram', 'https://web.telegram.org/k/'],
    ['discord', 'https://discord.com/channels/@me'],
  ] as const)('counts %s at %s as the inbox, the feed or the chat list', (site, url) => {
    expect(isHomePlace(site, url)).toBe(true);
  });

  it.each([
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRnJ'],
    ['gmail', 'https://mail.google.com/mail/u/0/#settings/general'],
    ['outlook', 'https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM'],
    ['x', 'https://x.com/someone/status/1'],
    ['facebook', 'https://www.facebook.com/someone'],
    ['linkedin', 'https://www.linkedin.com/in/someone/'],
    ['telegram', 'https://web.telegram.org/k/#@someone'],
    ['discord', 'https://discord.com/channels/@me/123'],
    ['whatsapp', 'https://web.whatsapp.com/'],
    ['custom:email:mail.example.org', 'https://mail.example.org/'],
  ] as const)('does not count %s at %s: a message, a profile, or a site whose places are not known', (site, url) => {
    expect(isHomePlace(site, url)).toBe(false);
  });

  it('calls a move home only into a home place, from elsewhere on the page’s own site', () => {
    const inbox = 'https://mail.google.com/mail/u/0/#inbox';
    const message = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRnJ';
    expect(isMoveHome('gmail', message, inbox, message)).toBe(true);
    expect(isMoveHome('gmail', inbox, message, inbox)).toBe(false);
    expect(isMoveHome('gmail', inbox, 'https://mail.google.com/mail/u/0/#category/social', inbox)).toBe(false);
    expect(isMoveHome('gmail', 'https://evil.test/#sent', inbox, inbox)).toBe(false);
    expect(isMoveHome('gmail', message, inbox, 'https://evil.test/')).toBe(false);
    expect(isMoveHome('gmail', 'not a url', inbox, inbox)).toBe(false);
    expect(isMoveHome('gmail', message, 'not a url', message)).toBe(false);
  });
});

import { channelsFor, channelUrl, composeGmailUrl, composeOutlookUrl, mailboxOf, mailtoUrl } from '../../../src/core/compose';
import { siteById } from '../../../src/core/moments';

const TRICKY_BODIES = [
  'Tom & Jerry = friends? #1 + 50% off',
  'Line one\nLine two\r\nLine three',
  'She said "hi" and it\'s fine',
  'Hope you’re well 🌷👋🏽 — see you!',
  'Привет, как дела? 你好 مرحبا こんにちは',
  'a+b=c&d=e?f#g%20h%',
  '   leading and trailing spaces   ',
];

describe('composeGmailUrl', () => {
  it.each(TRICKY_BODIES)('round-trips the body exactly: %j', (body) => {
    const url = new URL(composeGmailUrl({ body, to: 'friend@example.com', subject: 'Hi & hello?' }));
    expect(url.origin).toBe('https://mail.google.com');
    expect(url.pathname).toBe('/mail/');
    expect(url.hash).toBe('');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('body')).toBe(body);
    expect(url.searchParams.get('su')).toBe('Hi & hello?');
    expect(url.searchParams.get('to')).toBe('friend@example.com');
  });

  it('leaves out the address and subject when there are none', () => {
    const url = new URL(composeGmailUrl({ body: 'Hello' }));
    expect(url.searchParams.has('to')).toBe(false);
    expect(url.searchParams.has('su')).toBe(false);
    expect(url.searchParams.get('body')).toBe('Hello');
  });
});

describe('composeOutlookUrl', () => {
  it.each(TRICKY_BODIES)('round-trips the body exactly: %j', (body) => {
    const url = new URL(composeOutlookUrl({ body, to: 'friend@example.com', subject: 'A note' }));
    expect(url.origin).toBe('https://outlook.live.com');
    expect(url.pathname).toBe('/mail/0/deeplink/compose');
    expect(url.hash).toBe('');
    expect(url.searchParams.get('body')).toBe(body);
    expect(url.searchParams.get('subject')).toBe('A note');
    expect(url.searchParams.get('to')).toBe('friend@example.com');
  });
});

describe('mailtoUrl', () => {
  it('replaces a half-deleted emoji instead of throwing', () => {
    const url = new URL(mailtoUrl({ body: 'Hi \uD83D' }));
    expect(url.searchParams.get('body')).toBe('Hi \uFFFD');
  });

  it.each(TRICKY_BODIES)('round-trips the body with CRLF line breaks (RFC 6068): %j', (body) => {
    const url = new URL(mailtoUrl({ body, to: 'friend@example.com', subject: 'Tea?' }));
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('friend@example.com');
    expect(url.hash).toBe('');
    expect(url.searchParams.get('body')).toBe(body.replace(/\r?\n/g, '\r\n'));
    expect(url.searchParams.get('subject')).toBe('Tea?');
  });

  it('opens an empty address when none is known', () => {
    const url = new URL(mailtoUrl({ body: 'Hello there' }));
    expect(url.pathname).toBe('');
    expect(url.searchParams.get('body')).toBe('Hello there');
  });

  it('cannot be steered by an address that carries its own query', () => {
    const url = new URL(mailtoUrl({ body: 'Hello', to: 'friend@example.com?cc=other@example.com' }));
    expect(url.searchParams.has('cc')).toBe(false);
    expect(url.searchParams.get('body')).toBe('Hello');
    expect(decodeURIComponent(url.pathname)).toBe('friend@example.com?cc=other@example.com');
  });
});

describe('encoding', () => {
  const urls = {
    gmail: composeGmailUrl,
    outlook: composeOutlookUrl,
    mailto: mailtoUrl,
  };

  it.each(Object.entries(urls))('%s writes spaces as %%20, never as +', (_name, compose) => {
    const raw = compose({ body: 'one small hello', subject: 'a note', to: 'friend@example.com' });
    expect(raw).toContain('one%20small%20hello');
    expect(raw).not.toContain('+');
    expect(raw).not.toContain(' ');
  });

  it.each(Object.entries(urls))('%s keeps a literal + as %%2B, so it is not read as a space', (_name, compose) => {
    const raw = compose({ body: '1+1' });
    expect(raw).toContain('1%2B1');
    expect(new URL(raw).searchParams.get('body')).toBe('1+1');
  });

  it('channelUrl routes each channel to its composer', () => {
    const draft = { body: 'Hi & bye', to: 'a@example.com' };
    expect(channelUrl('gmail', draft)).toBe(composeGmailUrl(draft));
    expect(channelUrl('outlook', draft)).toBe(composeOutlookUrl(draft));
    expect(channelUrl('email', draft)).toBe(mailtoUrl(draft));
  });
});

describe('channelsFor', () => {
  it('offers Gmail’s compose window, email and Copy on Gmail with an address', () => {
    expect(channelsFor(siteById('gmail'), { to: 'friend@example.com' })).toEqual(['gmail', 'email', 'copy']);
  });

  it('offers Gmail’s compose window and Copy on Gmail without an address', () => {
    expect(channelsFor(siteById('gmail'), {})).toEqual(['gmail', 'copy']);
  });

  it('offers Outlook’s compose window on Outlook', () => {
    expect(channelsFor(siteById('outlook'), { to: 'friend@example.com' })).toEqual(['outlook', 'email', 'copy']);
    expect(channelsFor(siteById('outlook'), {})).toEqual(['outlook', 'copy']);
  });

  it('offers email and Copy on a social site with an address', () => {
    expect(channelsFor(siteById('reddit'), { to: 'friend@example.com' })).toEqual(['email', 'copy']);
  });

  it('offers only Copy on a social site without an address, or with an empty one', () => {
    expect(channelsFor(siteById('instagram'), {})).toEqual(['copy']);
    expect(channelsFor(siteById('instagram'), { to: '' })).toEqual(['copy']);
  });

  it('offers text, WhatsApp and the profile where a phone and a profile are known', () => {
    expect(channelsFor(siteById('x'), { phone: '+44 7700 900123', profileUrl: 'https://x.com/maya' })).toEqual(['sms', 'whatsapp', 'profile', 'copy']);
  });

  it('puts the channel the person prefers first, when it is on offer', () => {
    const contact = { to: 'maya@example.com', phone: '+44 7700 900123' };
    expect(channelsFor(siteById('gmail'), contact, 'whatsapp')).toEqual(['whatsapp', 'gmail', 'email', 'sms', 'copy']);
    expect(channelsFor(siteById('gmail'), contact, 'text')[0]).toBe('sms');
    expect(channelsFor(siteById('gmail'), contact, 'social')).toEqual(['gmail', 'email', 'sms', 'whatsapp', 'copy']);
    expect(channelsFor(siteById('gmail'), contact, 'any')).toEqual(['gmail', 'email', 'sms', 'whatsapp', 'copy']);
  });

  it('offers email and Copy from the popup, which has no site', () => {
    expect(channelsFor(undefined, { to: 'friend@example.com' })).toEqual(['email', 'copy']);
    expect(channelsFor(undefined, {})).toEqual(['copy']);
  });
});

describe('the mailbox a moment came from', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', { gmailAccount: 0 }],
    ['https://mail.google.com/mail/u/3/?tab=rm#inbox', { gmailAccount: 3 }],
    ['https://mail.google.com/mail/', undefined],
    ['https://outlook.office.com/mail/inbox', { outlookHost: 'outlook.office.com' }],
    ['https://outlook.office365.com/mail/', { outlookHost: 'outlook.office365.com' }],
    ['https://outlook.live.com/mail/0/', { outlookHost: 'outlook.live.com' }],
    ['https://outlook.office.com.evil.test/mail/', undefined],
    ['http://mail.google.com/mail/u/1/', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('reads %s', (url, mailbox) => {
    expect(mailboxOf(url)).toEqual(mailbox);
  });

  it('opens Gmail compose in the same signed-in account', () => {
    expect(composeGmailUrl({ body: 'Hi', mailbox: { gmailAccount: 1 } })).toBe('https://mail.google.com/mail/u/1/?view=cm&fs=1&body=Hi');
    expect(composeGmailUrl({ body: 'Hi' })).toBe('https://mail.google.com/mail/?view=cm&fs=1&body=Hi');
  });

  it('opens Outlook compose on the Outlook the moment came from', () => {
    expect(composeOutlookUrl({ body: 'Hi', mailbox: { outlookHost: 'outlook.office.com' } })).toBe('https://outlook.office.com/mail/deeplink/compose?body=Hi');
    expect(composeOutlookUrl({ body: 'Hi' })).toBe('https://outlook.live.com/mail/0/deeplink/compose?body=Hi');
  });
});

import { decideNudge, isOpenPageNudge, OPEN_CARD_LIFETIME_MINUTES, type PolicyInput } from '../../../src/core/policy';
import { minutes } from '../../../src/core/time';
import { at, clock, input, NOW, pageNudge, popupNudge, reason } from '../../support/policy';

/** The person's own choices and the pacing of cards; rests after a hard time are in policy-rest.test.ts. */
describe('decideNudge', () => {
  it('shows a nudge on a quiet day with default settings', () => {
    expect(decideNudge(input())).toEqual({ show: true });
  });

  describe('disabled-moment', () => {
    it('skips a site the person switched off', () => {
      expect(reason(input({ settings: { disabledSites: ['gmail'] } }))).toBe('disabled-moment');
    });

    it('still shows on a site that is not switched off', () => {
      expect(reason(input({ settings: { disabledSites: ['x', 'reddit'] }, site: 'gmail' }))).toBe('show');
    });
  });

  describe('muted-today', () => {
    it('skips until the very last millisecond before mutedUntil', () => {
      const mutedUntil = at(13, 0);
      expect(reason(input({ settings: { mutedUntil }, now: mutedUntil - 1 }))).toBe('muted-today');
    });

    it('shows again exactly at mutedUntil', () => {
      const mutedUntil = at(13, 0);
      expect(reason(input({ settings: { mutedUntil }, now: mutedUntil }))).toBe('show');
    });
  });

  describe('snoozed', () => {
    it('skips until the very last millisecond before snoozedUntil', () => {
      const snoozedUntil = at(14, 30);
      expect(reason(input({ settings: { snoozedUntil }, now: snoozedUntil - 1 }))).toBe('snoozed');
    });

    it('shows again exactly at snoozedUntil', () => {
      const snoozedUntil = at(14, 30);
      expect(reason(input({ settings: { snoozedUntil }, now: snoozedUntil }))).toBe('show');
    });
  });

  describe('outside-active-hours', () => {
    it.each([
      ['07:59', 'outside-active-hours'],
      ['08:00', 'show'],
      ['20:59', 'show'],
      ['21:00', 'outside-active-hours'],
    ] as const)('with default hours 08:00–21:00, at %s decides %s', (time, expected) => {
      expect(reason(input({ now: clock(time) }))).toBe(expected);
    });

    it.each([
      ['21:59', 'outside-active-hours'],
      ['22:00', 'show'],
      ['23:30', 'show'],
      ['00:30', 'show'],
      ['01:59', 'show'],
      ['02:00', 'outside-active-hours'],
      ['12:00', 'outside-active-hours'],
    ] as const)('with a window 22:00–02:00 passing midnight, at %s decides %s', (time, expected) => {
      const settings = { activeFromMinutes: 22 * 60, activeUntilMinutes: 2 * 60 };
      expect(reason(input({ settings, now: clock(time) }))).toBe(expected);
    });
  });

  describe('already-showing', () => {
    it.each(['shown', 'writing'] as const)('skips while a %s card from 29 minutes ago may still be open in another tab', (status) => {
      const recentNudges = [pageNudge(NOW - minutes(OPEN_CARD_LIFETIME_MINUTES - 1), 'x', status)];
      expect(reason(input({ recentNudges }))).toBe('already-showing');
    });

    it('stops counting an open card as showing after 30 minutes (pacing still applies)', () => {
      const recentNudges = [pageNudge(NOW - minutes(OPEN_CARD_LIFETIME_MINUTES), 'x', 'shown')];
      const decision = reason(input({ recentNudges }));
      expect(decision).not.toBe('already-showing');
      expect(decision).toBe('cooldown');
    });

    it('does not treat a dismissed card as showing', () => {
      const recentNudges = [pageNudge(NOW - minutes(5), 'x', 'dismissed')];
      const decision = reason(input({ recentNudges }));
      expect(decision).not.toBe('already-showing');
      expect(decision).toBe('cooldown');
    });

    it('does not treat a sent card as showing', () => {
      const recentNudges = [pageNudge(NOW - minutes(5), 'x', 'sent')];
      expect(reason(input({ recentNudges }))).not.toBe('already-showing');
    });

    it('counts as open on a page only a card that came by itself, is not settled, and is younger than its lifetime', () => {
      const young = NOW - minutes(OPEN_CARD_LIFETIME_MINUTES - 1);
      expect(isOpenPageNudge(pageNudge(young, 'x', 'shown'), NOW)).toBe(true);
      expect(isOpenPageNudge(pageNudge(young, 'x', 'writing'), NOW)).toBe(true);
      expect(isOpenPageNudge(pageNudge(young, 'x', 'dismissed'), NOW)).toBe(false);
      expect(isOpenPageNudge(popupNudge(young, 'writing'), NOW)).toBe(false);
      expect(isOpenPageNudge(pageNudge(NOW - minutes(OPEN_CARD_LIFETIME_MINUTES), 'x', 'shown'), NOW)).toBe(false);
    });
  });

  describe('private-window', () => {
    it('keeps a moment in a private window quiet unless the person allows cards there', () => {
      expect(reason({ ...input(), privateWindow: true })).toBe('private-window');
      expect(reason({ ...input({ settings: { inPrivateWindows: true } }), privateWindow: true })).toBe('show');
      expect(reason({ ...input(), privateWindow: false })).toBe('show');
    });
  });

  describe('moment-already-used-today', () => {
    it('skips a site that already had a nudge earlier today', () => {
      const recentNudges = [pageNudge(at(9, 0), 'gmail')];
      expect(reason(input({ recentNudges, now: at(15, 0) }))).toBe('moment-already-used-today');
    });

    it('counts a nudge from before 04:00 as yesterday', () => {
      const recentNudges = [pageNudge(at(3, 59), 'gmail')];
      expect(reason(input({ recentNudges, now: at(15, 0) }))).toBe('show');
    });

    it('counts a nudge from 04:00 as today', () => {
      const recentNudges = [pageNudge(at(4, 0), 'gmail')];
      expect(reason(input({ recentNudges, now: at(15, 0) }))).toBe('moment-already-used-today');
    });

    it('counts a nudge from the same site yesterday as a new day', () => {
      const recentNudges = [pageNudge(at(20, 0, 24), 'gmail')];
      expect(reason(input({ recentNudges, now: at(9, 0) }))).toBe('show');
    });

    it('does not mind a nudge on another site earlier today', () => {
      const recentNudges = [pageNudge(at(9, 0), 'x')];
      expect(reason(input({ recentNudges, now: at(15, 0), site: 'gmail' }))).toBe('show');
    });

    it('treats the hosts of one site as one moment', () => {
      const recentNudges = [pageNudge(at(9, 0), 'outlook')];
      expect(reason(input({ recentNudges, now: at(15, 0), site: 'outlook' }))).toBe('moment-already-used-today');
    });
  });

  describe('daily-cap', () => {
    it('skips after two page nudges today on other sites, spaced beyond the cooldown', () => {
      const recentNudges = [pageNudge(at(8, 30), 'x'), pageNudge(at(11, 0), 'reddit')];
      expect(reason(input({ recentNudges, now: at(15, 0) }))).toBe('daily-cap');
    });

    it('shows after only one page nudge today', () => {
      const recentNudges = [pageNudge(at(11, 0), 'reddit')];
      expect(reason(input({ recentNudges, now: at(15, 0) }))).toBe('show');
    });

    it('does not count yesterday’s nudges toward today’s cap', () => {
      const recentNudges = [pageNudge(at(10, 0, 24), 'x'), pageNudge(at(18, 0, 24), 'reddit')];
      expect(reason(input({ recentNudges, now: at(9, 0) }))).toBe('show');
    });

    it('follows the person’s own cap', () => {
      const recentNudges = [pageNudge(at(11, 0), 'reddit')];
      expect(reason(input({ settings: { dailyCap: 1 }, recentNudges, now: at(15, 0) }))).toBe('daily-cap');
    });
  });

  describe('cooldown', () => {
    it('skips 89 minutes after the last page nudge', () => {
      const recentNudges = [pageNudge(NOW - minutes(89), 'x')];
      expect(reason(input({ recentNudges }))).toBe('cooldown');
    });

    it('shows 90 minutes after the last page nudge', () => {
      const recentNudges = [pageNudge(NOW - minutes(90), 'x')];
      expect(reason(input({ recentNudges }))).toBe('show');
    });

    it('applies across the day boundary', () => {
      const settings = { activeFromMinutes: 0, activeUntilMinutes: 0 };
      const recentNudges = [pageNudge(at(3, 30), 'x')];
      expect(reason(input({ settings, recentNudges, now: at(4, 30) }))).toBe('cooldown');
    });

    it('follows the person’s own cooldown', () => {
      const recentNudges = [pageNudge(NOW - minutes(100), 'x')];
      expect(reason(input({ settings: { cooldownMinutes: 120 }, recentNudges }))).toBe('cooldown');
    });
  });

  describe('a clock set back', () => {
    it('lets no card from a later time hold the next one back', () => {
      const recentNudges = [pageNudge(NOW + minutes(60), 'x', 'dismissed'), pageNudge(NOW + minutes(5), 'reddit', 'shown')];
      expect(reason(input({ recentNudges }))).toBe('show');
    });
  });

  describe('popup nudges', () => {
    it('never count toward showing, the site, the cap or the cooldown', () => {
      const recentNudges = [
        popupNudge(NOW - minutes(1), 'shown'),
        popupNudge(NOW - minutes(10), 'writing'),
        popupNudge(at(9, 0), 'sent'),
        { ...popupNudge(at(10, 0), 'dismissed'), site: 'gmail' as const },
      ];
      expect(reason(input({ recentNudges }))).toBe('show');
    });
  });

  describe('order of reasons', () => {
    it('reports muted-today when the person is muted and a nudge is also cooling down', () => {
      const recentNudges = [pageNudge(NOW - minutes(10), 'x')];
      expect(reason(input({ settings: { mutedUntil: NOW + 1 }, recentNudges }))).toBe('muted-today');
    });

    it('reports each reason in turn as the ones before it are lifted', () => {
      // Every rule applies at first; lifting one at a time must reveal the next in order.
      const now = at(7, 0);
      const all: PolicyInput = input({
        now,
        site: 'gmail',
        settings: {
          disabledSites: ['gmail'],
          mutedUntil: now + 1,
          snoozedUntil: now + 1,
          activeFromMinutes: 8 * 60,
          dailyCap: 2,
        },
        recentNudges: [pageNudge(now - minutes(10), 'reddit', 'shown'), pageNudge(at(5, 0), 'gmail'), pageNudge(at(4, 10), 'x')],
      });
      const lifts: Array<[string, (p: PolicyInput) => PolicyInput]> = [
        ['disabled-moment', (p) => ({ ...p, settings: { ...p.settings, disabledSites: [] } })],
        ['muted-today', (p) => ({ ...p, settings: { ...p.settings, mutedUntil: 0 } })],
        ['snoozed', (p) => ({ ...p, settings: { ...p.settings, snoozedUntil: 0 } })],
        ['outside-active-hours', (p) => ({ ...p, settings: { ...p.settings, activeFromMinutes: 6 * 60 } })],
        ['already-showing', (p) => ({ ...p, recentNudges: p.recentNudges.map((n) => (n.site === 'reddit' ? { ...n, status: 'dismissed' as const } : n)) })],
        ['moment-already-used-today', (p) => ({ ...p, recentNudges: p.recentNudges.filter((n) => n.site !== 'gmail') })],
        ['daily-cap', (p) => ({ ...p, settings: { ...p.settings, dailyCap: 3 } })],
        ['cooldown', (p) => ({ ...p, settings: { ...p.settings, cooldownMinutes: 5 } })],
      ];
      let policy = all;
      const seen: string[] = [];
      for (const [, lift] of lifts) {
        seen.push(reason(policy));
        policy = lift(policy);
      }
      seen.push(reason(policy));
      expect(seen).toEqual([...lifts.map(([name]) => name), 'show']);
    });
  });
});

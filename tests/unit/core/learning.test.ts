import { emptyLearning, eventsOfNudge, learnFromHistory, learnSettled, SETTLED_AFTER_MINUTES, type LearnableNudge } from '../../../src/core/learning';
import type { NudgeStatus } from '../../../src/core/nudge';
import { dayKey, minutes } from '../../../src/core/time';
import { DAY_STARTS, on } from '../../support/learning';

/** A card shown on Gmail (or in the popup) with a line of thanks, and what became of it. */
function card(status: NudgeStatus, shownAt = on(25, 9), changes: Partial<LearnableNudge> = {}): LearnableNudge {
  return {
    origin: 'page',
    site: 'gmail',
    shownAt,
    day: dayKey(shownAt, DAY_STARTS),
    status,
    suggestion: { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you' },
    ...changes,
  };
}

/** Counts as they stand, to one place: they fade by the hour. */
const rounded = (tally: { yes: number; no: number } | undefined) => tally && { yes: Number(tally.yes.toFixed(1)), no: Number(tally.no.toFixed(1)) };
const outcomes = (nudge: LearnableNudge) => eventsOfNudge(nudge, DAY_STARTS).flatMap((event) => (event.type === 'outcome' ? [event.takenUp] : []));
const ideas = (nudge: LearnableNudge) => eventsOfNudge(nudge, DAY_STARTS).flatMap((event) => (event.type === 'idea' ? [`${event.kind}:${event.takenUp}`] : []));

describe('what a card teaches', () => {
  it('counts a note sent or being written as taken up', () => {
    expect(outcomes(card('sent'))).toEqual([true]);
    expect(outcomes(card('writing'))).toEqual([true]);
  });

  it('counts Not now, Low energy today, a snooze and no answer as let go', () => {
    for (const status of ['dismissed', 'muted', 'snoozed', 'shown'] as const) expect(outcomes(card(status))).toEqual([false]);
  });

  it('places it in its moment: the kind of site, the part of the day, weekday or weekend, the energy kept with it', () => {
    const [event] = eventsOfNudge(card('sent', on(28, 19), { site: 'whatsapp', energy: 'low' }), DAY_STARTS);
    expect(event).toEqual({ type: 'outcome', takenUp: true, context: { kind: 'messages', dayPart: 'evening', weekPart: 'weekend', energy: 'low' } });
  });

  it('learns from a site the person added, by the kind they gave it', () => {
    const [event] = eventsOfNudge(card('sent', on(25, 9), { site: 'custom:social:mastodon.social' }), DAY_STARTS);
    expect(event?.type === 'outcome' && event.context.kind).toBe('social');
  });

  it('teaches nothing about moments from a card asked for in the popup, only about its idea', () => {
    const popup = card('sent', on(25, 9), { origin: 'popup', site: undefined });
    expect(outcomes(popup)).toEqual([]);
    expect(ideas(popup)).toEqual(['appreciation:true']);
  });

  it('passes over each idea set aside with Another idea, and the last one only when answered', () => {
    const tried = { templateIds: ['kind_comment', 'walk_invite'], personIds: [] };
    expect(ideas(card('dismissed', on(25, 9), { tried }))).toEqual(['encouraging-comment:false', 'walk-and-talk:false', 'appreciation:false']);
    expect(ideas(card('sent', on(25, 9), { tried }))).toEqual(['encouraging-comment:false', 'walk-and-talk:false', 'appreciation:true']);
  });

  it('says nothing about an idea when the person rested or did not answer', () => {
    expect(ideas(card('muted'))).toEqual([]);
    expect(ideas(card('shown'))).toEqual([]);
  });
});

describe('learning from cards as they settle', () => {
  const nine = on(25, 9);
  const history = [card('sent', nine), card('dismissed', on(25, 11)), card('shown', on(25, 14))];

  it('learns each card once it has been out long enough, and not before', () => {
    const at1429 = learnSettled(emptyLearning(), history, on(25, 14, 29), DAY_STARTS);
    expect(rounded(at1429.receptivity.outcomes['email|weekday|morning'])).toEqual({ yes: 1, no: 1 });
    expect(at1429.receptivity.outcomes['email|weekday|afternoon']).toBeUndefined();
    expect(at1429.learnedThrough).toBe(on(25, 14, 29) - minutes(SETTLED_AFTER_MINUTES));
    const at1500 = learnSettled(at1429, history, on(25, 15), DAY_STARTS);
    expect(at1500.receptivity.outcomes['email|weekday|afternoon']).toEqual({ yes: 0, no: 1 });
    expect(rounded(at1500.receptivity.outcomes['email|weekday|morning'])).toEqual({ yes: 1, no: 1 });
  });

  it('learns nothing twice when asked again', () => {
    const once = learnSettled(emptyLearning(), history, on(25, 16), DAY_STARTS);
    expect(learnSettled(once, history, on(25, 16), DAY_STARTS)).toBe(once);
    expect(learnSettled(once, history, on(25, 17), DAY_STARTS).receptivity.outcomes).toEqual(once.receptivity.outcomes);
  });

  it('after Forget, learns nothing from cards shown before it', () => {
    const forgotten = emptyLearning(on(25, 16));
    const later = learnSettled(forgotten, [...history, card('sent', on(25, 17))], on(25, 18), DAY_STARTS);
    expect(later.receptivity.outcomes).toEqual({ 'email|weekday|evening': { yes: 1, no: 0 } });
  });
});

describe('learning once from a history kept before', () => {
  it('counts every card as a moment and every settled card’s outcome, as learning card by card would', () => {
    const history = [card('sent', on(24, 9)), card('dismissed', on(25, 9)), card('sent', on(26, 19), { site: 'whatsapp' })];
    const now = on(26, 20);
    const built = learnFromHistory([...history].reverse(), now, DAY_STARTS);
    expect(built.receptivity.outcomes['email|weekday|morning']?.yes).toBeGreaterThan(0);
    expect(built.receptivity.moments['messages|weekday|evening']).toBe(1);
    expect(built.learnedThrough).toBe(now - minutes(SETTLED_AFTER_MINUTES));
    const cardByCard = learnSettled(emptyLearning(), history, now, DAY_STARTS);
    expect(built.receptivity.outcomes).toEqual(cardByCard.receptivity.outcomes);
    expect(built.ideas).toEqual(cardByCard.ideas);
  });

  it('leaves a card shown in the last minutes to be learned later, though its moment counts', () => {
    const built = learnFromHistory([card('shown', on(25, 9))], on(25, 9, 10), DAY_STARTS);
    expect(built.receptivity.outcomes).toEqual({});
    expect(built.receptivity.moments['email|weekday|morning']).toBe(1);
    expect(learnSettled(built, [card('sent', on(25, 9))], on(25, 10), DAY_STARTS).receptivity.outcomes['email|weekday|morning']).toEqual({ yes: 1, no: 0 });
  });
});

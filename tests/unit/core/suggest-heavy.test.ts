import { energyFor } from '../../../src/core/choose-idea';
import { HEAVY_IDEA_REST_DAYS, heldBack, isFirstIdeaOfDay } from '../../../src/core/felt-heavy';
import type { MomentKind } from '../../../src/core/moments';
import type { Feeling } from '../../../src/core/nudge';
import { seededRandom } from '../../../src/core/random';
import { suggest, suggestAnother, type HistoryEntry, type SuggestInput } from '../../../src/core/suggest';
import type { Energy } from '../../../src/core/energy';
import { DAY_MS } from '../../../src/core/time';
import { at, friend, shownTo, suggestInput } from '../../support/suggest-fixtures';

/** Tuesday 3 March 2026: the hello that felt heavy was sent at 10:00. */
const SENT_AT = at(2026, 3, 3, 10);
const MOMENTS: readonly (MomentKind | undefined)[] = ['email', 'messages', undefined];
const ENERGIES: readonly (Energy | undefined)[] = ['low', 'okay', 'good', undefined];

function sent(templateId: string, feeling: Feeling | undefined, actualAwkward?: 1 | 2 | 3 | 4 | 5, personId?: number, memoryId?: string): HistoryEntry {
  return {
    ...shownTo(personId, templateId, SENT_AT, 'sent', memoryId),
    ...(feeling ? { feeling } : {}),
    ...(actualAwkward ? { actualAwkward } : {}),
  };
}

/** Every idea offered at this time over many draws: on a page of each kind and in the popup, at every energy. */
function offered(now: number, history: readonly HistoryEntry[], overrides: Partial<SuggestInput> = {}, draws = 60): string[] {
  return Array.from({ length: draws }, (_, i) => {
    const moment = MOMENTS[i % MOMENTS.length];
    const energy = ENERGIES[i % ENERGIES.length];
    return suggest(suggestInput({ moment, energy, now, history, random: seededRandom(`heavy-${i}`), ...overrides })).templateId;
  });
}

/** An idea shown earlier the same day, so that the next one is not the day's first. */
const earlierToday = (now: number): HistoryEntry => shownTo(undefined, 'offline_neighbour', now - 2 * 3_600_000);
/** Three ideas shown after it on the day it was sent, so that it is no longer among the latest few, which are never offered again straight away. */
const laterThatDay = ['thanks_someone_helped', 'remembered_you', 'ask_about_week'].map((id, i) => shownTo(undefined, id, SENT_AT + (i + 1) * 3_600_000));

describe('a generic idea that felt heavy', () => {
  const marks: [string, HistoryEntry][] = [
    ['Heavier', sent('old_friend', 'heavier')],
    ['5 of 5 awkward', sent('old_friend', 'same', 5)],
    ['4 of 5 awkward', sent('old_friend', undefined, 4)],
  ];

  it.each(marks)('marked %s, is not offered again for two weeks, first of a day or not', (_, heavy) => {
    for (let day = 1; day < HEAVY_IDEA_REST_DAYS; day++) {
      for (const hour of [9, 13, 20]) {
        const now = SENT_AT + day * DAY_MS + (hour - 10) * 3_600_000;
        expect(offered(now, [heavy, ...laterThatDay, earlierToday(now)]), `day ${day}, ${hour}:00`).not.toContain('old_friend');
        expect(offered(now, [heavy, ...laterThatDay]), `day ${day}, ${hour}:00`).not.toContain('old_friend');
      }
    }
  });

  it.each(marks)('marked %s, may come again after two weeks, but never as the first idea of a day', (_, heavy) => {
    let later = 0;
    for (let day = HEAVY_IDEA_REST_DAYS; day < 40; day++) {
      const now = SENT_AT + day * DAY_MS;
      expect(offered(now, [heavy, ...laterThatDay]), `day ${day}`).not.toContain('old_friend');
      later += offered(now, [heavy, ...laterThatDay, earlierToday(now)]).filter((id) => id === 'old_friend').length;
    }
    expect(later).toBeGreaterThan(0);
  });

  it('marked 3 of 5 awkward, or Lighter, may come back the next day', () => {
    const nextDay = SENT_AT + DAY_MS;
    expect(offered(nextDay, [sent('old_friend', 'same', 3), ...laterThatDay])).toContain('old_friend');
    expect(offered(nextDay, [sent('old_friend', 'lighter'), ...laterThatDay])).toContain('old_friend');
  });

  it('is not what "Another idea" offers on the first card of a day', () => {
    const now = SENT_AT + 20 * DAY_MS;
    const history = [sent('old_friend', 'heavier')];
    for (let i = 0; i < 40; i++) {
      const input = suggestInput({ moment: 'email', energy: 'okay', now, history, random: seededRandom(`another-${i}`) });
      const first = suggest(input);
      const another = suggestAnother(input, first, { templateIds: [], personIds: [] }).suggestion;
      expect([first.templateId, another.templateId]).not.toContain('old_friend');
    }
  });
});

describe('a personal idea that felt heavy', () => {
  const maya = friend([{ id: 'dad', text: 'your dad being in hospital', kind: 'hard-time' }], { name: 'Maya Lind', callName: 'Maya' });
  const sam = friend([{ id: 'cello', text: 'the cello', kind: 'interest' }], { name: 'Sam Ortiz', callName: 'Sam' });
  const heavy = sent('em_detail_warmth', 'heavier', undefined, maya.id, 'dad');
  const plainAndHeavy = { ...sent('ch_hello', undefined, 5, maya.id), shownAt: SENT_AT - 60_000 };

  it('keeps its words from anyone, and its detail from that person, for two weeks and on the first idea of every day', () => {
    for (let day = 1; day < 40; day++) {
      const now = SENT_AT + day * DAY_MS;
      const history = day < HEAVY_IDEA_REST_DAYS ? [plainAndHeavy, heavy, earlierToday(now)] : [plainAndHeavy, heavy];
      for (let i = 0; i < 20; i++) {
        const idea = suggest(suggestInput({ people: [maya, sam], moment: 'email', energy: 'low', now, history, random: seededRandom(`p-${day}-${i}`) }));
        expect(['em_detail_warmth', 'ch_hello'], `day ${day}`).not.toContain(idea.templateId);
        if (idea.personId === maya.id) expect(idea.memoryId, `day ${day}`).toBeUndefined();
      }
    }
  });

  it('names the detail again after two weeks, later in a day', () => {
    const now = SENT_AT + HEAVY_IDEA_REST_DAYS * DAY_MS;
    const named = Array.from({ length: 20 }, (_, i) =>
      suggest(suggestInput({ people: [maya], moment: 'email', energy: 'low', now, history: [heavy, earlierToday(now)], random: seededRandom(`again-${i}`) })),
    ).filter((idea) => idea.memoryId === 'dad');
    expect(named.length).toBeGreaterThan(0);
  });

  it('keeps the ideas for that person small, as a note that felt awkward does', () => {
    expect(energyFor(maya, { history: [heavy], energy: 'good' })).toBe('low');
    expect(energyFor(maya, { history: [heavy, { ...sent('ch_hello', 'lighter', undefined, maya.id), shownAt: SENT_AT + DAY_MS }], energy: 'good' })).toBe(
      'good',
    );
  });
});

describe('the first idea of a day', () => {
  it('is the first since the day began at the hour the person chose, not at midnight', () => {
    const halfPastThree = at(2026, 3, 4, 3, 30);
    const lateLastNight = [shownTo(undefined, 'thanks_reply', at(2026, 3, 3, 23))];
    expect(isFirstIdeaOfDay(lateLastNight, halfPastThree, 4 * 60)).toBe(false);
    expect(isFirstIdeaOfDay(lateLastNight, halfPastThree, 0)).toBe(true);
    expect(isFirstIdeaOfDay(lateLastNight, at(2026, 3, 4, 4, 30), 4 * 60)).toBe(true);
  });

  it('holds back every idea that ever felt heavy in the history, and only then', () => {
    const long = { ...sent('old_friend', 'heavier'), shownAt: SENT_AT - 60 * DAY_MS };
    const now = SENT_AT;
    expect([...heldBack([long], now).templateIds]).toEqual(['old_friend']);
    expect([...heldBack([long, earlierToday(now)], now).templateIds]).toEqual([]);
  });
});

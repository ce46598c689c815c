import { dueRatio, isReachable, NEARLY_DUE } from '../../../src/core/choose-person';
import type { MomentKind, SiteId } from '../../../src/core/moments';
import type { Person } from '../../../src/core/people';
import { seededRandom } from '../../../src/core/random';
import { suggest, suggestAnother, type HistoryEntry } from '../../../src/core/suggest';
import type { Energy } from '../../../src/core/energy';
import { DAY_MS } from '../../../src/core/time';
import { at, detailOf, friend, suggestInput, translate } from '../../support/suggest-fixtures';
import { factsOf } from '../../support/words';

/** Monday 2 November 2026. */
const FIRST_DAY = at(2026, 11, 2, 0);
/** A day's moments: the inbox in the morning, a feed at lunch, a chat in the evening, and the popup now and then. */
const MOMENTS_OF_A_DAY: readonly { hour: number; moment?: MomentKind; site?: SiteId }[] = [
  { hour: 9, moment: 'email', site: 'gmail' },
  { hour: 13, moment: 'social', site: 'x' },
  { hour: 19, moment: 'messages', site: 'whatsapp' },
  { hour: 21 },
];
const ENERGIES: readonly (Energy | undefined)[] = [undefined, 'low', 'okay', 'good'];

function fourPeople(): Person[] {
  return [
    friend([detailOf('interest', 'the cello', FIRST_DAY)], { name: 'Maya Lind', callName: 'Maya', rhythm: 'fortnightly' }),
    friend([detailOf('hard-time', 'the break-up', FIRST_DAY)], { name: 'Sam Reid', callName: 'Sam', rhythm: 'weekly', handles: {} }),
    friend([], { name: 'Alex Kim', callName: 'Alex', rhythm: 'monthly', phone: undefined, handles: { x: 'alexk' } }),
    friend([detailOf('shared-memory', 'our trip to the coast', FIRST_DAY)], {
      name: 'Ruth Adler',
      callName: 'Ruth',
      rhythm: 'none',
      email: undefined,
      handles: {},
    }),
  ];
}

interface Card {
  readonly named: boolean;
  /** Nobody reachable on this site, or everyone just written to: then an idea for nobody in particular is fair. */
  readonly exempt: boolean;
  readonly why?: string;
}

/**
 * Sixty days of moments with four people, each idea kept in the history and now and then
 * sent (which writes to the person, who then rests until halfway along their rhythm).
 */
function sixtyDays(seed: string): Card[] {
  let people = fourPeople();
  const history: HistoryEntry[] = [];
  const random = seededRandom(seed);
  const cards: Card[] = [];
  for (let day = 0; day < 60; day++) {
    for (const [index, { hour, moment, site }] of MOMENTS_OF_A_DAY.entries()) {
      const now = FIRST_DAY + day * DAY_MS + hour * 3_600_000;
      const energy = ENERGIES[(day + index) % ENERGIES.length];
      const suggestion = suggest(suggestInput({ people, moment, site, energy, now, history, random }));
      // Copy reaches anyone from an inbox or a chat; on a feed only someone with a handle there can be named.
      const notResting = people.filter((p) => p.rhythm === 'none' || dueRatio(p, now) >= NEARLY_DUE);
      const exempt = notResting.length === 0 || (moment === 'social' && !notResting.some((p) => isReachable(p, moment, site)));
      cards.push({ named: suggestion.personId !== undefined, exempt, ...(suggestion.why ? { why: suggestion.why } : {}) });
      const sent = suggestion.personId !== undefined && random() < 0.25;
      history.push({ shownAt: now, status: sent ? 'sent' : 'shown', suggestion });
      if (sent) people = people.map((p) => (p.id === suggestion.personId ? { ...p, lastContactedAt: now } : p));
    }
  }
  return cards;
}

describe('with four people in the list', () => {
  it.each(['first', 'second', 'third'])('names one of them on at least four cards in five over sixty days of moments (%s run)', (seed) => {
    const cards = sixtyDays(seed);
    const counted = cards.filter((card) => !card.exempt);
    const share = counted.filter((card) => card.named).length / counted.length;
    expect(counted.length).toBeGreaterThan(150);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });

  it('says why in kind words: the rhythm chosen, or that this site reaches them, never how long it has been', () => {
    const reasons = new Set(sixtyDays('why').flatMap((card) => (card.why ? [card.why] : [])));
    expect(reasons).toContain('You wanted to write to Maya Lind every two weeks.');
    expect(reasons).toContain('You can reach Alex Kim from here.');
    for (const why of reasons) for (const word of factsOf('en').shaming) expect(why).not.toMatch(word);
  });

  it('gives "Another idea" to someone else, three times over, even when all were suggested lately', () => {
    const people = fourPeople();
    const now = FIRST_DAY + 9 * 3_600_000;
    const history = people.map((p, i): HistoryEntry => ({
      shownAt: now - (i + 1) * DAY_MS,
      status: 'shown',
      suggestion: { templateId: 'ch_hello', prompt: '', draft: '', personId: p.id },
    }));
    const input = suggestInput({ people, moment: 'messages', site: 'whatsapp', now, history, random: seededRandom('another') });
    let current = suggest(input);
    let tried = { templateIds: [] as string[], personIds: [] as number[] };
    const named = [current.personId];
    for (let i = 0; i < 3; i++) {
      ({ suggestion: current, tried } = suggestAnother(input, current, tried) as { suggestion: typeof current; tried: typeof tried });
      named.push(current.personId);
    }
    // Ruth has no number: a chat reaches the other three, and each comes once before anyone twice.
    expect(new Set(named.slice(0, 3)).size).toBe(3);
    expect(named.every((id) => id !== undefined)).toBe(true);
  });
});

describe('naming nobody', () => {
  it('happens on a site where nobody can be reached', () => {
    const noHandles = fourPeople().map((p) => ({ ...p, handles: {} }));
    expect(suggest(suggestInput({ people: noHandles, moment: 'social', site: 'reddit', now: FIRST_DAY + 10 * 3_600_000 })).personId).toBeUndefined();
  });

  it('happens when everyone was just written to', () => {
    const now = FIRST_DAY + 10 * 3_600_000;
    const justWritten = fourPeople().map((p) => ({ ...p, rhythm: 'weekly' as const, lastContactedAt: now - DAY_MS }));
    expect(suggest(suggestInput({ people: justWritten, moment: 'email', now, translate })).personId).toBeUndefined();
  });
});

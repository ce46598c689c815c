/**
 * The learning part of `npm run bench`: the state built once from 50,000 history entries,
 * and one decision with it as the background would make it on a routine moment (reading
 * the stored state, then asking whether to spend a card here). Pure code, timed in Node.
 */
import { shouldSpendCard } from '../src/core/card-timing';
import { learnFromHistory, type LearnableNudge } from '../src/core/learning';
import { readLearnedState } from '../src/core/learning-schema';
import { momentContext } from '../src/core/moment-context';
import type { CatalogueSiteId } from '../src/core/moments';
import type { NudgeStatus } from '../src/core/nudge';
import { seededRandom } from '../src/core/random';
import { DAY_MS, dayKey } from '../src/core/time';

const DAY_STARTS = 4 * 60;
const SITES: readonly CatalogueSiteId[] = ['gmail', 'outlook', 'x', 'instagram', 'whatsapp', 'slack'];
const STATUSES: readonly NudgeStatus[] = ['sent', 'dismissed', 'sent', 'muted', 'shown', 'writing'];
const TEMPLATES = ['thanks_reply', 'kind_comment', 'share_find', 'cu_week', 'offline_neighbour', 'ap_glad_you'];

/** `count` entries spread evenly over `years` up to `now`, at hours between 08:00 and 21:00, a third from the popup. */
export function syntheticHistory(count: number, years: number, now: number): LearnableNudge[] {
  const random = seededRandom('bench history');
  return Array.from({ length: count }, (_, index) => {
    const day = now - Math.round(((count - index) / count) * years * 365 * DAY_MS);
    const midnight = new Date(day).setHours(0, 0, 0, 0);
    const shownAt = midnight + Math.round((8 + 13 * random()) * 3_600_000);
    const page = index % 3 !== 0;
    return {
      origin: page ? 'page' : 'popup',
      ...(page ? { site: SITES[index % SITES.length] } : {}),
      shownAt,
      day: dayKey(shownAt, DAY_STARTS),
      status: STATUSES[index % STATUSES.length] ?? 'sent',
      suggestion: { templateId: TEMPLATES[index % TEMPLATES.length] ?? 'thanks_reply', prompt: '', draft: '' },
      ...(index % 4 === 0 ? { tried: { templateIds: ['walk_invite'], personIds: [] } } : {}),
    };
  });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export interface LearningFigures {
  readonly entries: number;
  /** Building the state from the history, once (ms). */
  readonly learnFromHistory: number;
  /** The state as stored (bytes of JSON). */
  readonly stateBytes: number;
  /** One decision, reading the stored state first (ms, median). */
  readonly decision: number;
  /** Checking a state read from a file against its schema (ms, median). */
  readonly check: number;
}

export function benchLearning(entries = 50_000, years = 10, runs = 2000): LearningFigures {
  const now = new Date(2026, 10, 25, 9, 30).getTime();
  const history = syntheticHistory(entries, years, now);
  const started = performance.now();
  const state = learnFromHistory(history, now, DAY_STARTS);
  const built = performance.now() - started;
  const stored = JSON.stringify(state);
  const random = seededRandom('bench decisions');
  const decisions: number[] = [];
  const checks: number[] = [];
  for (let run = 0; run < runs; run++) {
    const moment = now + run * 60_000;
    const before = performance.now();
    const read = JSON.parse(stored) as typeof state;
    shouldSpendCard(read.receptivity, {
      context: momentContext('email', moment, 'okay', DAY_STARTS),
      cardsLeftToday: 2,
      now: moment,
      dayStartsAtMinutes: DAY_STARTS,
      random,
    });
    decisions.push(performance.now() - before);
    const checkStart = performance.now();
    readLearnedState(JSON.parse(stored));
    checks.push(performance.now() - checkStart);
  }
  return { entries, learnFromHistory: built, stateBytes: stored.length, decision: median(decisions), check: median(checks) };
}

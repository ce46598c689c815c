import type { MomentKind, SiteId } from './moments';
import type { Nudge } from './nudge';
import type { Person } from './people';
import type { Random } from './random';
import type { Translate } from './render';
import type { Ritual } from './rituals';
import type { IdeaWeights } from './idea-preferences';
import type { Energy } from './energy';

/**
 * How far back the history given to `suggest` should reach: three times the month within
 * which a template or a detail is not used twice for one person, so that when a detail
 * waits a month for the one template that fits it, the next month still knows which
 * detail went last.
 */
export const IDEAS_HISTORY_DAYS = 90;

/**
 * An earlier nudge, and how a sent note actually felt when the person said so: Heavier,
 * or how awkward it was (1 not at all … 5 very).
 */
export type HistoryEntry = Pick<Nudge, 'suggestion' | 'shownAt' | 'status'> & Partial<Pick<Nudge, 'actualAwkward' | 'feeling'>>;

/** What choosing an idea reads: everything is passed in, so the choice is pure and replayable. */
export interface SuggestInput {
  /** The kind of routine moment; absent when the person asked in the popup. */
  readonly moment?: MomentKind;
  /** The site of the moment, to find a person's handle there. */
  readonly site?: SiteId;
  readonly people?: readonly Person[];
  /** Earlier nudges in any order, of the last `IDEAS_HISTORY_DAYS` at least. */
  readonly history: readonly HistoryEntry[];
  /**
   * Today's energy as the person told it; undefined when they were not asked or skipped
   * the question, which counts as a low-to-okay day, never a good one.
   */
  readonly energy?: Energy;
  readonly now?: number;
  /**
   * When the person's day starts (minutes after local midnight; 04:00 unless they chose
   * otherwise): an idea that felt heavy is never the first of a day.
   */
  readonly dayStartsAtMinutes?: number;
  readonly random: Random;
  readonly translate: Translate;
  /**
   * Rituals whose day is today, due or done or let go (core/rituals.ts `ritualsOfToday`).
   * Their people are not suggested besides: the ritual holds today's hello to them, and
   * one ask per person is enough.
   */
  readonly ritualsToday?: readonly Pick<Ritual, 'personId'>[];
  /**
   * How much more or less often each kind of idea comes, from what this person took up
   * (core/idea-preferences.ts); only re-ranks the ideas that fit anyway.
   */
  readonly ideaWeights?: IdeaWeights | undefined;
  /** Not to be offered again right now ("Another idea"). */
  readonly exclude?: { readonly templateIds?: readonly string[]; readonly personIds?: readonly number[] };
}

/** The earlier nudges that named this person. */
export function historyOf(person: Pick<Person, 'id'>, history: readonly HistoryEntry[]): HistoryEntry[] {
  return history.filter((entry) => entry.suggestion.personId === person.id);
}

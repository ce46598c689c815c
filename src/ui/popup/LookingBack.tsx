import { expectationInsight } from '../../core/expectations';
import { whatHappened } from '../../core/happened';
import { hellosThisWeek, weeksOfWins, winsOf } from '../../core/small-wins';
import { COMPANION_RECENT, readCompanion } from '../../db/companion';
import { ErrorNotice } from '../components/ErrorNotice';
import { useLiveQuery } from '../use-live-query';
import { firstDayOfWeek } from '../week-start';
import { History } from './History';
import { SmallWins } from './SmallWins';

/** How many entries the history shows. */
export const HISTORY_LENGTH = COMPANION_RECENT;

/**
 * What the popup looks back on, below its first view: small wins (this week, the picture
 * of the weeks, what the person's answers say) and what happened. Its code and its reading
 * of the history come after the first view is on screen, so years of history never hold
 * that view up.
 */
export function LookingBack({ dayStartsAtMinutes, now }: { dayStartsAtMinutes: number; now: number }) {
  const companion = useLiveQuery(readCompanion);
  if (companion.status === 'error') return <ErrorNotice message="storageUnavailable" />;
  if (companion.status === 'loading') return null;
  const { sent, hellos } = companion.value;
  const week = firstDayOfWeek();
  const wins = winsOf(sent, hellos);
  return (
    <>
      <SmallWins
        thisWeek={hellosThisWeek(wins, now, dayStartsAtMinutes, week)}
        weeks={weeksOfWins(wins, now, dayStartsAtMinutes, week)}
        insight={expectationInsight(sent)}
      />
      <History happened={whatHappened(sent, hellos, HISTORY_LENGTH)} />
    </>
  );
}

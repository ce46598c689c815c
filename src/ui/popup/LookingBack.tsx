import { expectationInsight } from '../../core/expectations';
import { whatHappened } from '../../core/happened';
import { hellosThisWeek, weeksOfWins, winsOf } from '../../core/small-wins';
import { LOOKING_BACK_RECENT, readLookingBack } from '../../db/looking-back';
import { ErrorNotice } from '../components/ErrorNotice';
import { useLiveQuery } from '../use-live-query';
import { firstDayOfWeek } from '../week-start';
import { History } from './History';
import { SmallWins } from './SmallWins';

/** How many entries the history shows. */
export const HISTORY_LENGTH = LOOKING_BACK_RECENT;

/**
 * What the popup looks back on, below its first view: small wins (this week, the picture
 * of the weeks, what the person's answers say) and what happened. Its code and its reading
 * of the history come after the first view is on screen, so years of history never hold
 * that view up.
 */
export function LookingBack({ dayStartsAtMinutes, now }: { dayStartsAtMinutes: number; now: number }) {
  const lookingBack = useLiveQuery(readLookingBack);
  if (lookingBack.status === 'error') return <ErrorNotice message="storageUnavailable" />;
  if (lookingBack.status === 'loading') return null;
  const { sent, hellos } = lookingBack.value;
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

import { useId } from 'preact/hooks';
import type { ExpectationInsight } from '../../core/expectations';
import type { WeekOfWins } from '../../core/small-wins';
import { t } from '../../i18n';
import { formatNumber } from '../format-number';
import { WeeksPicture } from './WeeksPicture';

interface SmallWinsProps {
  readonly thisWeek: number;
  readonly weeks: readonly WeekOfWins[];
  readonly insight: ExpectationInsight | undefined;
}

/**
 * What went well, briefly: this week's small hellos (only when there are some), a picture
 * of the last eight weeks, and what the person's own answers say about expecting
 * awkwardness. Nothing is shown until something happened.
 */
export function SmallWins({ thisWeek, weeks, insight }: SmallWinsProps) {
  const headingId = useId();
  const anyWeek = weeks.some((week) => week.hellos > 0);
  if (!anyWeek && !insight) return null;
  return (
    <section class="wins stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('winsHeading')}</h2>
      {thisWeek > 0 && <p class="wins__week">{thisWeek === 1 ? t('winsThisWeekOne') : t('winsThisWeek', formatNumber(thisWeek))}</p>}
      {anyWeek && <WeeksPicture weeks={weeks} />}
      {insight && (
        <p class="wins__insight">
          {insight.kind === 'easier' ? t('insightEasier', [formatNumber(insight.easier), formatNumber(insight.pairs)]) : t('insightGently')}
        </p>
      )}
    </section>
  );
}

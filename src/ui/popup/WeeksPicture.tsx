import { useId } from 'preact/hooks';
import type { WeekOfWins } from '../../core/small-wins';
import { t } from '../../i18n';
import { formatNumber } from '../format-number';
import { formatDate } from '../format-time';

const SLOT = 30;
const BAR = 16;
const BASELINE = 58;
const TALLEST = 44;

/** "3 small hellos in the week of 3 Nov, which felt lighter": only weeks that had some. */
function weekSummary(week: WeekOfWins): string {
  const count = week.hellos === 1 ? t('weekOneHello', formatDate(week.start)) : t('weekHellos', [formatNumber(week.hellos), formatDate(week.start)]);
  return week.feltLighter ? t('weekFeltLighter', count) : count;
}

/**
 * Eight weeks of small hellos as a quiet picture: one bar a week, a dot over a week that
 * felt lighter. No numbers on it, no goal line, nothing marks an empty week; the caption
 * says in words what the bars show, for anyone who cannot see them.
 */
export function WeeksPicture({ weeks }: { weeks: readonly WeekOfWins[] }) {
  const titleId = useId();
  const captionId = useId();
  const most = Math.max(1, ...weeks.map((week) => week.hellos));
  const withHellos = weeks.filter((week) => week.hellos > 0);
  const [first] = weeks;
  return (
    <figure class="weeks">
      <svg class="weeks__picture" viewBox={`0 0 ${SLOT * weeks.length} 64`} role="img" aria-labelledby={titleId} aria-describedby={captionId}>
        <title id={titleId}>{t('weeksPictureTitle')}</title>
        <line class="weeks__baseline" x1="0" y1={BASELINE + 0.5} x2={SLOT * weeks.length} y2={BASELINE + 0.5} />
        {weeks.map((week, index) => {
          const height = (week.hellos / most) * TALLEST;
          const x = index * SLOT + (SLOT - BAR) / 2;
          return (
            <g key={week.start}>
              {week.hellos > 0 && (
                // Its words on hover too, for a sighted person who wants the count of one week.
                <rect class="weeks__bar" x={x} y={BASELINE - height} width={BAR} height={height} rx="3">
                  <title>{weekSummary(week)}</title>
                </rect>
              )}
              {week.feltLighter && <circle class="weeks__lighter" cx={x + BAR / 2} cy={BASELINE - height - 7} r="3.5" />}
            </g>
          );
        })}
      </svg>
      <div class="weeks__ends muted" aria-hidden="true">
        <span>{first ? formatDate(first.start) : ''}</span>
        <span>{t('weeksThisWeek')}</span>
      </div>
      <figcaption id={captionId} class="muted">
        {withHellos.map(weekSummary).join(' ')} {withHellos.some((week) => week.feltLighter) ? t('weeksLighterKey') : ''}
      </figcaption>
    </figure>
  );
}

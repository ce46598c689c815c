import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { RestNow } from './RestNow';
import { useModule } from './use-module';

/**
 * What the popup leads with: today's idea, or, when the person rests (Low energy today),
 * has just said a hello felt heavier, or kept their intention for the day, that first, and
 * an idea only when they ask for one.
 */
export type PopupLead = 'idea' | 'rest-after-heavier' | 'resting' | 'intention-met';

const LEAD_LINES: Record<Exclude<PopupLead, 'idea' | 'rest-after-heavier'>, MessageKey> = {
  resting: 'restingLead',
  'intention-met': 'intentionMetLead',
};

/**
 * Today's small hello: the same flow as a card's, fed by the background. An idea the
 * person is in the middle of (a note, how it felt, Heavier's answer) stays, whatever the
 * popup would lead with now.
 */
export function TodaySuggestion({ lead }: { lead: PopupLead }) {
  const [asked, setAsked] = useState(false);
  const [underWay, setUnderWay] = useState(false);
  const headingId = useId();
  const showIdea = lead === 'idea' || asked || underWay;
  return (
    <section class="suggestion stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('todaysHello')}</h2>
      {showIdea && <PopupFlowLater onUnderWay={setUnderWay} />}
      {!showIdea && lead === 'rest-after-heavier' && <RestNow />}
      {!showIdea && (lead === 'resting' || lead === 'intention-met') && (
        <>
          <p>{t(LEAD_LINES[lead])}</p>
          <button type="button" class="button button--quiet button--link" onClick={() => setAsked(true)}>
            {t('showMeAnIdea')}
          </button>
        </>
      )}
    </section>
  );
}

const loadPopupFlow = () => import('./PopupFlow');

/** Today's idea, whose code (the whole write flow) comes after the first view is on screen. */
function PopupFlowLater({ onUnderWay }: { onUnderWay(underWay: boolean): void }) {
  const part = useModule(loadPopupFlow);
  if (part.status === 'error') return <ErrorNotice message="partDidNotLoad" />;
  return part.status === 'ready' ? <part.value.PopupFlow onUnderWay={onUnderWay} /> : null;
}

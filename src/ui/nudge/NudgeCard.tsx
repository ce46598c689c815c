import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isOpen, type NudgeStatus } from '../../core/nudge';
import { t, type MessageKey } from '../../i18n';
import type { CardStep, NudgeView } from '../../messages';
import { sendRequest } from '../../messaging';
import { OpenSettings } from '../components/OpenSettings';
import { ErrorNotice } from '../components/ErrorNotice';
import type { FlowActions, StepOutcome } from '../components/flow-actions';
import { LINGER_MS, useTimeout } from '../components/use-timeout';
import { WhyThis } from '../components/WhyThis';
import { WriteFlow } from '../components/WriteFlow';
import { closeFrame, reportFrameHeight } from './frame';

type View = 'loading' | 'offer' | 'writing' | 'resting' | 'gone';

export interface NudgeCardProps {
  /** From the frame's address; undefined when it was missing or malformed. */
  nudgeId: number | undefined;
  closeDelayMs?: number;
}

/**
 * The in-page card. It keeps no data of its own: it asks the background for its nudge and
 * reports each step back. It never takes focus when it appears; the page keeps the keyboard
 * until the person chooses to use the card.
 */
export function NudgeCard({ nudgeId, closeDelayMs = LINGER_MS }: NudgeCardProps) {
  const [view, setView] = useState<View>('loading');
  const [nudge, setNudge] = useState<NudgeView>();
  const [status, setStatus] = useState<NudgeStatus>('shown');
  const [error, setError] = useState<MessageKey>();
  const [askedToWrite, setAskedToWrite] = useState(false);
  const [askingAnother, setAskingAnother] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const restingLine = useRef<HTMLParagraphElement>(null);
  const prompt = useRef<HTMLParagraphElement>(null);
  const headingId = useId();
  const visible = view !== 'loading' && view !== 'gone';

  const close = useCallback(() => {
    setView('gone');
    closeFrame();
  }, []);

  useEffect(() => {
    if (nudgeId === undefined) {
      close();
      return undefined;
    }
    let current = true;
    void sendRequest({ type: 'nudge-get', id: nudgeId }).then((reply) => {
      if (!current) return;
      // A nudge that cannot be found or read stays away; there is nothing to show.
      if (!reply.ok) {
        console.warn('Small Hellos card stays away:', reply.error);
        close();
        return;
      }
      setNudge(reply.value);
      setStatus(reply.value.status);
      if (reply.value.status === 'shown') setView('offer');
      else if (reply.value.status === 'writing') setView('writing');
      else close();
    });
    return () => {
      current = false;
    };
  }, [nudgeId, close]);

  useFrameHeight(root, visible);
  useTimeout(view === 'resting', closeDelayMs, close);
  useEffect(() => {
    // The person chose Low energy today here, so the calm line may take focus.
    if (view === 'resting') restingLine.current?.focus();
  }, [view]);

  const step = async (cardStep: CardStep): Promise<StepOutcome> => {
    if (!nudge) return { ok: false, error: 'not-found' };
    const reply = await sendRequest({ type: 'nudge-step', id: nudge.id, step: cardStep });
    if (reply.ok) setStatus(reply.value.status);
    return reply;
  };

  const settle = async (cardStep: CardStep, then: () => void) => {
    setError(undefined);
    const outcome = await step(cardStep);
    if (outcome.ok) then();
    else {
      console.error('Small Hellos could not save a step:', outcome.error);
      setError('errorSaveFailed');
    }
  };

  /** "Another idea": the background picks someone or something else; the card shows it, draft and all. */
  const anotherIdea = async () => {
    if (!nudge || askingAnother) return;
    setError(undefined);
    setAskingAnother(true);
    const reply = await sendRequest({ type: 'nudge-another', id: nudge.id });
    setAskingAnother(false);
    if (!reply.ok) {
      console.error('Small Hellos could not find another idea:', reply.error);
      setError('errorSaveFailed');
      return;
    }
    setNudge(reply.value);
    setStatus(reply.value.status);
    // The button goes with the last idea; the new prompt keeps the keyboard in the card.
    if (reply.value.otherIdeasLeft <= 0) prompt.current?.focus();
  };

  const notNow = () => settle({ kind: 'dismiss' }, close);
  const lowEnergy = () => settle({ kind: 'mute' }, () => setView('resting'));
  const writeIt = () =>
    settle({ kind: 'writing' }, () => {
      setAskedToWrite(true);
      setView('writing');
    });
  /** × and Esc: "Not now" while nothing is settled. After a failed save it closes anyway, so the card can always go. */
  const dismiss = () => {
    if (isOpen({ status }) && !error) void notNow();
    else close();
  };

  const latestDismiss = useRef(dismiss);
  latestDismiss.current = dismiss;
  const latestVisible = useRef(visible);
  latestVisible.current = visible;
  useEffect(() => {
    // The frame is its own document, so this hears Esc only while the card has focus.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && latestVisible.current) latestDismiss.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const actions: FlowActions = { step, close };

  return (
    <div ref={root} class="frame">
      {visible && nudge && (
        <section class="card stack" aria-labelledby={headingId}>
          <header class="card__header">
            <h1 id={headingId} class="card__heading">
              {t('cardHeading')}
            </h1>
            <button type="button" class="icon-button" aria-label={t('close')} onClick={dismiss}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {view !== 'resting' && (
            <p ref={prompt} tabIndex={-1} aria-live="polite" class="card__prompt">
              {nudge.suggestion.prompt}
            </p>
          )}
          {view === 'offer' && nudge.suggestion.why && (
            <WhyThis key={`${nudge.suggestion.templateId}:${nudge.suggestion.personId ?? ''}`} why={nudge.suggestion.why} />
          )}
          {view === 'offer' && nudge.suggestion.personId === undefined && <OpenSettings label="addSomeoneToStayClose" />}
          {view === 'offer' && (
            <div class="row">
              <button type="button" class="button button--primary" onClick={() => void writeIt()}>
                {t('writeIt')}
              </button>
              {nudge.otherIdeasLeft > 0 && (
                <button
                  type="button"
                  class="button"
                  aria-disabled={askingAnother}
                  onClick={() => void anotherIdea()}
                >
                  {t('anotherIdea')}
                </button>
              )}
              <button type="button" class="button" onClick={() => void notNow()}>
                {t('notNow')}
              </button>
              <button type="button" class="button button--quiet" onClick={() => void lowEnergy()}>
                {t('lowEnergyToday')}
              </button>
            </div>
          )}
          {view === 'writing' && (
            <WriteFlow
              suggestion={nudge.suggestion}
              site={nudge.site}
              initialText={nudge.finalText}
              actions={actions}
              takeFocus={askedToWrite}
              onNotNow={() => void notNow()}
              closeDelayMs={closeDelayMs}
            />
          )}
          {view === 'resting' && (
            <p ref={restingLine} tabIndex={-1} role="status">
              {t('restingToday')}
            </p>
          )}
          <ErrorNotice message={error} />
        </section>
      )}
    </div>
  );
}

/**
 * Tells the content script how tall the card is, whenever that changes, so the frame fits
 * it. The frame's own height is not measured: a document is never shorter than its frame,
 * so it could grow but never shrink.
 */
function useFrameHeight(root: { current: HTMLElement | null }, visible: boolean): void {
  useLayoutEffect(() => {
    const element = root.current;
    if (!element || !visible) return undefined;
    const report = () => reportFrameHeight(element.getBoundingClientRect().height);
    report();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [root, visible]);
}

import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isOpen, type NudgeStatus } from '../../core/nudge';
import type { Corner, EnergyAnswer } from '../../core/settings';
import { isOfflineIdea } from '../../core/templates';
import { t, type MessageKey } from '../../i18n';
import type { CardStep, NudgeView } from '../../messages';
import { onCardsQuiet, sendRequest } from '../../messaging';
import { ActionButton, ActionGateContext } from '../components/ActionButton';
import { OpenSettings } from '../components/OpenSettings';
import { EnergyQuestion } from '../components/EnergyQuestion';
import { ErrorNotice } from '../components/ErrorNotice';
import { writeProblem } from '../components/save-problem';
import type { FlowActions, StepOutcome } from '../components/flow-actions';
import { LINGER_MS, useTimeout } from '../components/use-timeout';
import { WhyThis } from '../components/WhyThis';
import { WriteFlow } from '../components/WriteFlow';
import { SiteMenu } from './SiteMenu';
import { connectToHost, type HostLink } from './host-link';
import { trackSeen, type SeenTracker } from './seen-tracker';
import { focusCardShortcut } from './shortcut';
import { useIdleLeave } from './use-idle-leave';
import { useSeenGate } from './use-seen-gate';

type View = 'loading' | 'offer' | 'writing' | 'resting' | 'did-it' | 'gone';

export interface NudgeCardProps {
  /** From the frame's address; undefined when it was missing or malformed. */
  nudgeId: number | undefined;
  /** The corner the content script put the card in. */
  corner?: Corner;
  closeDelayMs?: number;
  /** How the card reaches its host and learns whether it is seen; tests pass fakes. */
  connect?: (nudgeId: number) => HostLink;
  track?: (element: Element, host: HostLink) => SeenTracker;
}

/**
 * The in-page card. It keeps no data of its own: it asks the background for its nudge and
 * reports each step back. It never takes focus when it appears; the page keeps the keyboard
 * until the person chooses to use the card. A click acts only once the card has really been
 * in view; a covered card says so and does nothing.
 */
export function NudgeCard({
  nudgeId,
  corner: initialCorner = 'right',
  closeDelayMs = LINGER_MS,
  connect = connectToHost,
  track = trackSeen,
}: NudgeCardProps) {
  const [view, setView] = useState<View>('loading');
  const [nudge, setNudge] = useState<NudgeView>();
  const [status, setStatus] = useState<NudgeStatus>('shown');
  const [error, setError] = useState<MessageKey>();
  const [corner, setCorner] = useState(initialCorner);
  const [askedToWrite, setAskedToWrite] = useState(false);
  const [askingAnother, setAskingAnother] = useState(false);
  const [host] = useState(() => (nudgeId === undefined ? undefined : connect(nudgeId)));
  const root = useRef<HTMLDivElement>(null);
  const cardBox = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const restingLine = useRef<HTMLParagraphElement>(null);
  const prompt = useRef<HTMLParagraphElement>(null);
  const headingId = useId();
  const visible = view !== 'loading' && view !== 'gone';

  const close = useCallback(() => {
    setView('gone');
    host?.send({ kind: 'close' });
  }, [host]);

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

  // Low energy today or a snooze chosen elsewhere (the popup, another tab) quiets this card
  // too; when it was chosen here, the card says its calm line first.
  const restingHere = useRef(false);
  useEffect(
    () =>
      onCardsQuiet(() => {
        if (!restingHere.current) close();
      }),
    [close],
  );

  const seen = useSeenGate(cardBox, visible, host, track);
  useIdleLeave(visible ? host : undefined, () => setView('gone'));

  useFrameHeight(root, body, visible, host);
  const announcement = useAnnouncement(visible);

  useEffect(() => {
    // The keyboard arrives in the frame (the shortcut, or Tab from the page): it lands on
    // the idea, not nowhere. A click brings its own focus, so only an empty focus moves.
    const onFocus = () =>
      setTimeout(() => {
        if (document.activeElement === document.body) (prompt.current ?? restingLine.current)?.focus();
      });
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);
  useTimeout(view === 'resting' || view === 'did-it', closeDelayMs, close);
  useEffect(() => {
    // The person chose this here, so the calm line may take focus.
    if (view === 'resting' || view === 'did-it') restingLine.current?.focus();
  }, [view]);

  const step = async (cardStep: CardStep): Promise<StepOutcome> => {
    if (!nudge) return { ok: false, error: 'not-found' };
    const reply = await sendRequest({ type: 'nudge-step', id: nudge.id, step: cardStep });
    if (reply.ok) setStatus(reply.value.status);
    return reply;
  };

  /** Records a step, then moves on; a failure is shown in plain words. Returns whether it was saved. */
  const settle = async (cardStep: CardStep, then: () => void): Promise<boolean> => {
    setError(undefined);
    const outcome = await step(cardStep);
    if (outcome.ok) then();
    else {
      console.error('Small Hellos could not save a step:', outcome.error);
      setError(writeProblem(outcome.error));
    }
    return outcome.ok;
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
      setError(writeProblem(reply.error));
      return;
    }
    setNudge(reply.value);
    setStatus(reply.value.status);
    // The button goes with the last idea; the new prompt keeps the keyboard in the card.
    if (reply.value.otherIdeasLeft <= 0) prompt.current?.focus();
  };

  /** "Not on this site": no more cards here until the person switches the site on again. */
  const notOnThisSite = () => {
    if (!nudge) return;
    setError(undefined);
    void sendRequest({ type: 'site-off', id: nudge.id }).then((reply) => {
      if (reply.ok) return close();
      console.error('Small Hellos could not switch this site off:', reply.error);
      setError(writeProblem(reply.error));
    });
  };

  const moveCorner = () => {
    if (!nudge) return;
    const next: Corner = corner === 'right' ? 'left' : 'right';
    setCorner(next);
    host?.send({ kind: 'corner', corner: next });
    void sendRequest({ type: 'card-corner', id: nudge.id, corner: next });
  };

  /** Today's energy, told here: the background keeps it and fits this card's idea to it. */
  const tellEnergy = async (level: EnergyAnswer['level']) => {
    if (!nudge) return;
    setError(undefined);
    restingHere.current = level === 'low';
    const reply = await sendRequest({ type: 'energy', level, id: nudge.id });
    if (!reply.ok) {
      restingHere.current = false;
      console.error('Small Hellos could not keep today’s energy:', reply.error);
      setError(writeProblem(reply.error));
      return;
    }
    const view = reply.value.view;
    setNudge(view ?? { ...nudge, askEnergy: undefined });
    if (view) setStatus(view.status);
    if (view?.status === 'muted') setView('resting');
    else restingHere.current = false;
  };

  const notNow = () => settle({ kind: 'dismiss' }, close);
  /** An idea away from the screen, done: a small hello, with no note to keep. */
  const didIt = () => settle({ kind: 'sent', text: '' }, () => setView('did-it'));
  const lowEnergy = async () => {
    restingHere.current = true;
    restingHere.current = await settle({ kind: 'mute' }, () => setView('resting'));
  };
  const writeIt = () =>
    settle({ kind: 'writing' }, () => {
      setAskedToWrite(true);
      setView('writing');
    });
  /**
   * × and Esc always close the card. They count as "Not now" only when the card was seen
   * and nothing is settled; after a failed save, or on a covered card, it just goes.
   */
  const dismiss = () => {
    if (isOpen({ status }) && !error && seen.seenLongEnough()) void notNow();
    else close();
  };

  const latestDismiss = useRef(dismiss);
  latestDismiss.current = dismiss;
  const latestVisible = useRef(visible);
  latestVisible.current = visible;
  useEffect(() => {
    // The frame is its own document, so this hears Esc only while the card has focus. In a
    // text field Esc belongs to the field: it never puts away what the person is writing.
    const onKey = (event: KeyboardEvent) => {
      const inField = event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement;
      if (event.key === 'Escape' && latestVisible.current && !inField) latestDismiss.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const actions: FlowActions = { step, close };
  const offline = nudge ? isOfflineIdea(nudge.suggestion.templateId) : false;

  return (
    <ActionGateContext.Provider value={seen.mayAct}>
      <div ref={root} class="frame" data-corner={corner}>
        {visible && nudge && (
          <section ref={cardBox} class="card" aria-labelledby={headingId} data-seen={seen.state}>
            <header class="card__header">
              <h1 id={headingId} class="card__heading">
                {t('cardHeading')}
              </h1>
              <span class="card__header-buttons">
                {nudge.site && <SiteMenu onNotHere={notOnThisSite} />}
                <ActionButton
                  class="icon-button"
                  aria-label={t(corner === 'right' ? 'moveCardLeft' : 'moveCardRight')}
                  onClick={moveCorner}
                >
                  <span aria-hidden="true">{corner === 'right' ? '⇤' : '⇥'}</span>
                </ActionButton>
                <button type="button" class="icon-button" aria-label={t('close')} onClick={dismiss}>
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </header>
            <div ref={body} class="card__body">
              <div class="card__content stack">
                {view === 'offer' && nudge.askEnergy && <EnergyQuestion onAnswer={(level) => void tellEnergy(level)} />}
                {view !== 'resting' && view !== 'did-it' && (
                  <p ref={prompt} tabIndex={-1} aria-live="polite" class="card__prompt">
                    {nudge.suggestion.prompt}
                  </p>
                )}
                {view === 'offer' && nudge.suggestion.why && (
                  <WhyThis key={`${nudge.suggestion.templateId}:${nudge.suggestion.personId ?? ''}`} why={nudge.suggestion.why} />
                )}
                {view === 'offer' && nudge.suggestion.noPeopleYet && <OpenSettings label="addSomeoneToStayClose" />}
                {view === 'offer' && offline && (
                  <div class="row">
                    <ActionButton class="button button--primary" onClick={() => void didIt()}>
                      {t('iDidIt')}
                    </ActionButton>
                    <ActionButton class="button" onClick={() => void notNow()}>
                      {t('maybeLater')}
                    </ActionButton>
                    {nudge.otherIdeasLeft > 0 && (
                      <ActionButton class="button" aria-disabled={askingAnother} onClick={() => void anotherIdea()}>
                        {t('anotherIdea')}
                      </ActionButton>
                    )}
                    <ActionButton class="button button--quiet" onClick={() => void lowEnergy()}>
                      {t('lowEnergyToday')}
                    </ActionButton>
                  </div>
                )}
                {view === 'offer' && !offline && (
                  <div class="row">
                    <ActionButton class="button button--primary" onClick={() => void writeIt()}>
                      {t('writeIt')}
                    </ActionButton>
                    {nudge.otherIdeasLeft > 0 && (
                      <ActionButton class="button" aria-disabled={askingAnother} onClick={() => void anotherIdea()}>
                        {t('anotherIdea')}
                      </ActionButton>
                    )}
                    <ActionButton class="button" onClick={() => void notNow()}>
                      {t('notNow')}
                    </ActionButton>
                    <ActionButton class="button button--quiet" onClick={() => void lowEnergy()}>
                      {t('lowEnergyToday')}
                    </ActionButton>
                  </div>
                )}
                {view === 'writing' && (
                  <WriteFlow
                    suggestion={nudge.suggestion}
                    site={nudge.site}
                    initialText={nudge.finalText}
                    mailbox={nudge.mailbox}
                    expected={nudge.expectedAwkward}
                    actions={actions}
                    takeFocus={askedToWrite}
                    onNotNow={() => void notNow()}
                    closeDelayMs={closeDelayMs}
                  />
                )}
                {(view === 'resting' || view === 'did-it') && (
                  <p ref={restingLine} tabIndex={-1} role="status">
                    {t(view === 'resting' ? 'restingToday' : 'offlineThanks')}
                  </p>
                )}
                {seen.notice && (
                  <p role="alert" class="notice">
                    {t(seen.notice)}
                  </p>
                )}
                <ErrorNotice message={error} />
              </div>
            </div>
            <p class="visually-hidden" role="status">
              {announcement}
            </p>
          </section>
        )}
      </div>
    </ActionGateContext.Provider>
  );
}

/** How long after it appears the card says, once, that it is there. */
const ANNOUNCE_AFTER_MS = 400;

/**
 * What screen readers hear once, politely, when the card appears: that it is there and
 * how to reach it. Inside the card's own frame, so none of it is in the host page.
 */
function useAnnouncement(visible: boolean): string {
  const [announcement, setAnnouncement] = useState('');
  const said = useRef(false);
  useEffect(() => {
    if (!visible || said.current) return undefined;
    said.current = true;
    let current = true;
    const timer = setTimeout(() => {
      void focusCardShortcut().then((shortcut) => {
        if (current) setAnnouncement(shortcut ? t('cardAnnouncement', shortcut) : t('cardAnnouncementNoShortcut'));
      });
    }, ANNOUNCE_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [visible]);
  return announcement;
}

/**
 * Tells the content script how tall the card would like to be, whenever that changes, so
 * the frame fits it. The window may keep the frame shorter, and then the card's body
 * scrolls: what is measured is the card as laid out, with its body at full length.
 */
function useFrameHeight(
  root: { current: HTMLElement | null },
  body: { current: HTMLElement | null },
  visible: boolean,
  host: HostLink | undefined,
): void {
  useLayoutEffect(() => {
    const element = root.current;
    const content = body.current?.firstElementChild;
    if (!element || !body.current || !content || !visible || !host) return undefined;
    const scroller = body.current;
    const report = () => {
      const natural = element.getBoundingClientRect().height - scroller.clientHeight + content.getBoundingClientRect().height;
      host.send({ kind: 'height', height: Math.ceil(natural) });
    };
    report();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(report);
    observer.observe(element);
    observer.observe(content);
    return () => observer.disconnect();
  }, [root, body, visible, host]);
}

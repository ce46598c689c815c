import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { isWritingView } from '../../core/flow';
import type { Corner } from '../../core/settings';
import { t, type MessageKey } from '../../i18n';
import type { NudgeView, Reply } from '../../messages';
import { onBroadcast, sendRequest } from '../../messaging';
import { openSettingsPage } from '../../open-options';
import { ActionGateContext } from '../components/ActionButton';
import { ErrorNotice } from '../components/ErrorNotice';
import { IdeaFlow } from '../components/flow/IdeaFlow';
import { useIdeaFlow } from '../components/flow/use-idea-flow';
import { writeProblem } from '../components/save-problem';
import { CardMenu, type MenuItem } from './CardMenu';
import { LINGER_MS, useFrameHeight } from './what-the-page-sees';
import { connectToHost, type HostLink } from './host-link';
import { trackSeen, type SeenTracker } from './seen-tracker';
import { useIdleLeave } from './use-idle-leave';
import { useSeenGate } from './use-seen-gate';
import { useAnnouncement } from './use-announcement';

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

const NOT_FOUND: Reply<NudgeView> = { ok: false, error: 'not-found' };

/**
 * The in-page card. It keeps no data of its own: it runs the one flow of an idea (shared
 * with the popup), which asks the background for the idea and sends every step back. It
 * never takes focus when it appears; the page keeps the keyboard until the person chooses
 * to use the card. A click acts only once the card has really been in view; a covered card
 * says so and does nothing. Its size and the moment it leaves say nothing of what the
 * person answered (see what-the-page-sees.ts).
 */
export function NudgeCard({ nudgeId, corner: initialCorner = 'right', closeDelayMs = LINGER_MS, connect = connectToHost, track = trackSeen }: NudgeCardProps) {
  const [corner, setCorner] = useState(initialCorner);
  const [showWhy, setShowWhy] = useState(false);
  const [whyNow, setWhyNow] = useState<string>();
  const [menuError, setMenuError] = useState<MessageKey>();
  const [host] = useState(() => (nudgeId === undefined ? undefined : connect(nudgeId)));
  const root = useRef<HTMLDivElement>(null);
  const cardBox = useRef<HTMLElement>(null);
  const headingId = useId();

  const close = useCallback(() => host?.send({ kind: 'close' }), [host]);
  const flow = useIdeaFlow({
    load: () => (nudgeId === undefined ? Promise.resolve(NOT_FOUND) : sendRequest({ type: 'nudge-get', id: nudgeId })),
    lingerMs: closeDelayMs,
    onEnd: close,
  });
  const { view, nudge } = flow;
  const visible = view !== 'loading' && view !== 'gone';
  const latestFlow = useRef(flow);
  latestFlow.current = flow;

  // Low energy today or a snooze chosen elsewhere (the popup, another tab) quiets this card
  // too; when it was chosen here, the card says its calm line first. An idea the popup
  // changed is read again, and one it settled goes.
  useEffect(
    () =>
      onBroadcast((message) => {
        if (message.type === 'cards-quiet' && !latestFlow.current.isEnding()) latestFlow.current.end();
        if (message.type === 'nudge-changed' && message.id === nudgeId) latestFlow.current.reload();
      }),
    [nudgeId],
  );

  const seen = useSeenGate(cardBox, visible, host, track);
  // Said once: a card the person could see counts for the day, whatever becomes of the page.
  const toldSeen = useRef(false);
  useEffect(() => {
    if (seen.state !== 'seen' || !host || toldSeen.current) return;
    toldSeen.current = true;
    host.send({ kind: 'seen' });
  }, [seen.state, host]);
  useIdleLeave(visible ? host : undefined, () => flow.end());

  // Taller once the person chose to write, and so until the card goes.
  const wrote = useRef(false);
  if (visible && isWritingView(view)) wrote.current = true;
  useFrameHeight(host, visible, wrote.current);
  const announcement = useAnnouncement(visible);

  useEffect(() => {
    // The keyboard arrives in the frame (the shortcut, or Tab from the page): it lands on
    // the view's first line, not nowhere. A click brings its own focus, so only an empty focus moves.
    const onFocus = () =>
      setTimeout(() => {
        if (document.activeElement === document.body) root.current?.querySelector<HTMLElement>('[data-flow-lead]')?.focus();
      });
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  /** "No cards on this site": none here until the person switches the site on again. */
  const notOnThisSite = () => {
    if (!nudge) return;
    setMenuError(undefined);
    void sendRequest({ type: 'site-off', id: nudge.id }).then((reply) => {
      if (reply.ok) return flow.end();
      console.error('Small Hellos could not switch this site off:', reply.error);
      setMenuError(writeProblem(reply.error));
    });
  };

  const moveCorner = () => {
    if (!nudge) return;
    const next: Corner = corner === 'right' ? 'left' : 'right';
    setCorner(next);
    host?.send({ kind: 'corner', corner: next });
    void sendRequest({ type: 'card-corner', id: nudge.id, corner: next });
  };

  const addSomeone = () => {
    setMenuError(undefined);
    openSettingsPage().catch((cause: unknown) => {
      console.error('Small Hellos could not open its settings:', cause);
      setMenuError('errorOpenSettings');
    });
  };

  /**
   * × and Esc always close the card. They count as "Not now" only when the card was seen
   * and nothing is settled; after a failed save, or on a covered card, it just goes.
   */
  const dismiss = () => {
    const open = view === 'energy' || view === 'low-day' || view === 'idea' || view === 'writing';
    if (open && !flow.error && seen.seenLongEnough()) flow.putAway();
    else flow.end();
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

  const menu: MenuItem[] = [];
  if (view === 'idea' && nudge) {
    // Why this idea, and why now: what was learned of this moment (asked only when wanted).
    const explain = () => {
      setShowWhy(true);
      void sendRequest({ type: 'why-now', id: nudge.id }).then((reply) => {
        if (reply.ok) setWhyNow(reply.value.sentence);
        else console.warn('Small Hellos could not say why now:', reply.error);
      });
    };
    if ((nudge.suggestion.why || nudge.site) && !showWhy) menu.push({ label: 'whyThis', onChoose: explain, ungated: true });
    const another = () => {
      setShowWhy(false);
      flow.another();
    };
    if (nudge.otherIdeasLeft > 0 && !flow.askingAnother) menu.push({ label: 'anotherIdea', onChoose: another });
    if (nudge.suggestion.noPeopleYet) menu.push({ label: 'menuAddSomeone', onChoose: addSomeone, ungated: true });
  }
  // Today's energy is asked with nothing else beside it.
  if (view !== 'energy') {
    menu.push({ label: corner === 'right' ? 'moveCardLeft' : 'moveCardRight', onChoose: moveCorner });
    if (nudge?.site) menu.push({ label: 'notOnThisSite', onChoose: notOnThisSite });
  }

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
                <CardMenu items={menu} />
                <button type="button" class="icon-button" aria-label={t('close')} onClick={dismiss}>
                  <span aria-hidden="true">×</span>
                </button>
              </span>
            </header>
            <div class="card__body">
              <div class="card__content stack">
                <IdeaFlow flow={flow} place="card" showWhy={showWhy} whyNow={whyNow} />
                {seen.notice && (
                  <p role="alert" class="notice">
                    {t(seen.notice)}
                  </p>
                )}
                <ErrorNotice message={menuError} />
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

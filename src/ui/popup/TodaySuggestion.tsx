import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Mailbox } from '../../core/compose';
import type { Awkwardness } from '../../core/expectations';
import { energyOf, energyToAsk, type EnergyAnswer } from '../../core/settings';
import { energyAfterFeelings, type HeavyState, type NotedFeeling } from '../../core/heavy';
import { isOfflineIdea } from '../../core/templates';
import { sendRequest } from '../../messaging';
import { EnergyQuestion } from '../components/EnergyQuestion';
import { MAX_OTHER_IDEAS, newNudge, type Nudge, type Suggestion } from '../../core/nudge';
import { isOpenPageNudge } from '../../core/policy';
import { seededRandom } from '../../core/random';
import type { Person } from '../../core/people';
import type { Ritual } from '../../core/rituals';
import type { Settings } from '../../core/settings';
import { suggest, suggestAnother, type Tried } from '../../core/suggest';
import { dayKey } from '../../core/time';
import { addNudge } from '../../db/nudges';
import { markEnergyAsked } from '../../db/settings';
import { t, translate, type MessageKey } from '../../i18n';
import { OpenSettings } from '../components/OpenSettings';
import { ErrorNotice } from '../components/ErrorNotice';
import type { FlowActions } from '../components/flow-actions';
import { WhyThis } from '../components/WhyThis';
import { WriteFlow } from '../components/WriteFlow';
import { RestNow } from './RestNow';
import { saveStep } from './save-step';
import { writeProblem } from '../components/save-problem';

/** Another idea shown in place of today's, and what was set aside on the way. */
interface OtherIdea {
  /** Today's idea it replaced; when that changes (the history moved on), this one is stale. */
  readonly basedOn: Suggestion;
  readonly suggestion: Suggestion;
  readonly tried: Tried;
}

interface TodaySuggestionProps {
  settings: Settings;
  history: readonly Nudge[];
  people: readonly Person[];
  now: number;
  /** How the latest hellos felt: after a heavier one today, rest is offered in place of an idea. */
  heavy: HeavyState;
  /** The latest feelings noted, newest first: after a heavier one, ideas stay small. */
  feelings: readonly NotedFeeling[];
  /** The rituals whose day is today: their people are not suggested besides. */
  ritualsToday: readonly Ritual[];
}

/**
 * Today's one idea. The choice is seeded by the day, so it stays the same each time the
 * popup opens, until the history around it changes.
 */
export function TodaySuggestion({ settings, history, people, now, heavy, feelings, ritualsToday }: TodaySuggestionProps) {
  const [writing, setWriting] = useState<{ id: number; suggestion: Suggestion; text?: string; mailbox?: Mailbox; expected?: Awkwardness }>();
  const [done, setDone] = useState(false);
  /** An idea away from the screen, put off with Maybe later: nothing is kept, it simply waits. */
  const [later, setLater] = useState(false);
  const doneLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The person just said they did it, or not now, here: the calm line may take focus.
    if (done || later) doneLine.current?.focus();
  }, [done, later]);
  const [other, setOther] = useState<OtherIdea>();
  const [error, setError] = useState<MessageKey>();
  const headingId = useId();
  const prompt = useRef<HTMLParagraphElement>(null);
  // Today's energy is asked once a day: decided as the popup opens, so that the question
  // stays while it is open even though, once shown, it already counts as skipped.
  const [askingEnergy, setAskingEnergy] = useState(() => energyToAsk(settings, now));
  const day = dayKey(now, settings.dayStartsAtMinutes);
  const energy = energyAfterFeelings(energyOf(settings, now), feelings, now, settings.dayStartsAtMinutes);
  // Only whom the rituals hold matters to the idea; a key of it keeps the idea from being chosen anew on every render.
  const heldKey = ritualsToday.map((ritual) => ritual.personId ?? '').join(',');
  const held = useMemo(() => ritualsToday.flatMap((ritual) => (ritual.personId === undefined ? [] : [{ personId: ritual.personId }])), [heldKey]);
  const todays = useMemo(
    () => suggest({ history, people, ritualsToday: held, now, random: seededRandom(day), translate, ...(energy ? { energy } : {}) }),
    // `now` only matters at the scale of days, which `day` already follows.
    [history, people, held, day, energy],
  );
  // A note started here and left open is picked up again: the popup closes as soon as the
  // person clicks the page (to paste the note, say), and "I sent it" must still be reachable.
  const unfinished = history.find((n) => n.origin === 'popup' && n.status === 'writing' && n.day === day);
  // A card open on a page right now is today's idea here too: where the page keeps the
  // card from being seen (a page-wide filter, say), the card points the person here.
  const openCard = unfinished ? undefined : history.find((n) => isOpenPageNudge(n, now) && n.day === day);
  useLayoutEffect(() => {
    if (!writing && unfinished?.id !== undefined) {
      setWriting({
        id: unfinished.id,
        suggestion: unfinished.suggestion,
        ...(unfinished.finalText ? { text: unfinished.finalText } : {}),
        ...(unfinished.expectedAwkward ? { expected: unfinished.expectedAwkward } : {}),
      });
    }
    // Only when another unfinished note appears; the flow's own steps must not restart it.
  }, [unfinished?.id]);
  const current = other?.basedOn === todays ? other : undefined;
  const suggestion = current?.suggestion ?? openCard?.suggestion ?? todays;
  const tried: Tried = current?.tried ?? { templateIds: [], personIds: [] };
  const otherIdeasLeft = Math.max(0, MAX_OTHER_IDEAS - tried.templateIds.length);

  const anotherIdea = () => {
    const random = seededRandom(`${day}:${tried.templateIds.length + 1}`);
    const next = suggestAnother({ history, people, ritualsToday: held, now, random, translate, ...(energy ? { energy } : {}) }, suggestion, tried);
    setOther({ basedOn: todays, ...next });
    // The button goes with the last idea; the new prompt keeps the keyboard in its place.
    if (next.tried.templateIds.length >= MAX_OTHER_IDEAS) prompt.current?.focus();
  };

  const writeIt = async () => {
    setError(undefined);
    try {
      if (!current && openCard?.id !== undefined) {
        const outcome = await saveStep(openCard.id, { kind: 'writing' });
        if (!outcome.ok) return setError(writeProblem(outcome.error));
        // A note typed on the card comes back exactly as typed, not as the idea's draft.
        setWriting({
          id: openCard.id,
          suggestion,
          ...(openCard.finalText !== undefined ? { text: openCard.finalText } : {}),
          ...(openCard.mailbox ? { mailbox: openCard.mailbox } : {}),
          ...(openCard.expectedAwkward ? { expected: openCard.expectedAwkward } : {}),
        });
        return;
      }
      const nudge = newNudge({ origin: 'popup', suggestion, status: 'writing' }, Date.now(), settings.dayStartsAtMinutes);
      setWriting({ id: await addNudge(nudge), suggestion });
    } catch (cause) {
      console.error('Small Hellos could not start a note:', cause);
      setError(writeProblem(cause));
    }
  };

  /** An idea away from the screen, done: counted as a small hello, with no note. */
  const didIt = async () => {
    setError(undefined);
    try {
      const id = !current && openCard?.id !== undefined ? openCard.id : await addNudge(newNudge({ origin: 'popup', suggestion }, Date.now(), settings.dayStartsAtMinutes));
      const outcome = await saveStep(id, { kind: 'sent', text: '' });
      if (!outcome.ok) return setError(writeProblem(outcome.error));
      setDone(true);
    } catch (cause) {
      console.error('Small Hellos could not keep that hello:', cause);
      setError(writeProblem(cause));
    }
  };

  const tellEnergy = async (level: EnergyAnswer['level']) => {
    setError(undefined);
    const reply = await sendRequest({ type: 'energy', level });
    if (reply.ok) setAskingEnergy(false);
    else setError(writeProblem(reply.error));
  };

  const notNow = async (id: number) => {
    setError(undefined);
    const outcome = await saveStep(id, { kind: 'dismiss' });
    if (outcome.ok) setWriting(undefined);
    else setError(writeProblem(outcome.error));
  };

  const shown = writing?.suggestion ?? suggestion;
  const offline = !writing && isOfflineIdea(shown.templateId);
  const energyShown = askingEnergy && !writing && !done && !later && heavy !== 'rest-offered';
  useEffect(() => {
    // Shown is asked: not answered, it counts as skipped and is not asked again today.
    if (energyShown) markEnergyAsked(Date.now()).catch((cause: unknown) => console.error('Small Hellos could not keep today’s energy:', cause));
  }, [energyShown]);
  if (later || done) {
    return (
      <section class="suggestion stack" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('todaysHello')}</h2>
        <p ref={doneLine} tabIndex={-1} role="status">
          {t(later ? 'offlineLater' : 'offlineThanks')}
        </p>
      </section>
    );
  }
  if (!writing && heavy === 'rest-offered') {
    return (
      <section class="suggestion stack" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('todaysHello')}</h2>
        <RestNow />
      </section>
    );
  }
  return (
    <section class="suggestion stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('todaysHello')}</h2>
      {energyShown && <EnergyQuestion onAnswer={(level) => void tellEnergy(level)} />}
      <p ref={prompt} tabIndex={-1} aria-live="polite" class="suggestion__prompt">
        {shown.prompt}
      </p>
      {!writing && shown.why && <WhyThis key={`${shown.templateId}:${shown.personId ?? ''}`} why={shown.why} />}
      {!writing && shown.noPeopleYet && <OpenSettings label="addSomeoneToStayClose" />}
      {offline ? (
        <div class="row">
          <button type="button" class="button button--primary" onClick={() => void didIt()}>
            {t('iDidIt')}
          </button>
          <button type="button" class="button" onClick={() => setLater(true)}>
            {t('maybeLater')}
          </button>
          {otherIdeasLeft > 0 && (
            <button type="button" class="button" onClick={anotherIdea}>
              {t('anotherIdea')}
            </button>
          )}
        </div>
      ) : writing ? (
        <WriteFlow
          suggestion={writing.suggestion}
          initialText={writing.text}
          actions={actionsFor(writing.id, () => setWriting(undefined))}
          mailbox={writing.mailbox}
          expected={writing.expected}
          takeFocus
          onNotNow={() => void notNow(writing.id)}
        />
      ) : (
        <div class="row">
          <button type="button" class="button button--primary" onClick={() => void writeIt()}>
            {t('writeIt')}
          </button>
          {otherIdeasLeft > 0 && (
            <button type="button" class="button" onClick={anotherIdea}>
              {t('anotherIdea')}
            </button>
          )}
        </div>
      )}
      <ErrorNotice message={error} />
    </section>
  );
}

/**
 * The popup records steps straight into the database, except the note as it is typed:
 * the popup closes on any click outside it, and a save handed to the background still
 * lands after the popup is gone.
 */
function actionsFor(id: number, close: () => void): FlowActions {
  return { step: (step) => (step.kind === 'draft' ? sendRequest({ type: 'nudge-step', id, step }) : saveStep(id, step)), close };
}

import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { isOfflineIdea } from '../../../core/templates';
import { t } from '../../../i18n';
import type { NudgeView } from '../../../messages';
import { ChoiceRow, type Choice } from '../ChoiceRow';
import { EnergyQuestion } from '../EnergyQuestion';
import { ErrorNotice } from '../ErrorNotice';
import { OpenSettings } from '../OpenSettings';
import { WhyThis } from '../WhyThis';
import { WriteFlow } from '../WriteFlow';
import { LowDay } from './LowDay';
import type { IdeaFlow as Flow } from './use-idea-flow';

/**
 * Where the flow is shown. On the card, the few things to press are the idea's own, and
 * the rest (why this, another idea) wait in its menu; the popup, a page of its own, shows
 * them in place, and its quiet times sit below it.
 */
export type FlowPlace = 'card' | 'popup';

export interface IdeaFlowProps {
  flow: Flow;
  place: FlowPlace;
  /** On the card: the reason asked for from its menu. */
  showWhy?: boolean;
  /** What was learned of this moment, said under the reason once Why this? is asked (the card only). */
  whyNow?: string | undefined;
}

/**
 * The one flow of an idea, on the card and in the popup: today's energy on its own, a Low
 * day heard, the idea, the note, how it felt, and the calm line at the end. After the
 * person moves it on, the keyboard follows to the new view's first line.
 */
export function IdeaFlow({ flow, place, showWhy = false, whyNow }: IdeaFlowProps) {
  const box = useRef<HTMLDivElement>(null);
  const { view, nudge } = flow;
  useEffect(() => {
    // The note, the reflection and Heavier's answer place the keyboard themselves.
    if (flow.turns === 0 || view === 'writing' || view === 'reflect' || view === 'heavy') return;
    box.current?.querySelector<HTMLElement>('[data-flow-lead]')?.focus();
  }, [flow.turns, view]);

  if (!nudge || view === 'loading' || view === 'gone') return <ErrorNotice message={flow.error} />;
  const offline = isOfflineIdea(nudge.suggestion.templateId);
  const prompt = (
    <p tabIndex={-1} aria-live="polite" class={place === 'card' ? 'card__prompt' : 'suggestion__prompt'} data-flow-lead>
      {nudge.suggestion.prompt}
    </p>
  );

  const body = (() => {
    switch (view) {
      case 'energy':
        return <EnergyQuestion onAnswer={flow.answerEnergy} />;
      case 'low-day':
        return <LowDay first={nudge.lowDayFirst} onChoose={flow.chooseLowDay} />;
      case 'idea':
        return <Idea flow={flow} nudge={nudge} place={place} showWhy={showWhy} whyNow={whyNow} prompt={prompt} />;
      case 'writing':
      case 'reflect':
      case 'thanks':
      case 'heavy':
        // One write flow from the note to its end: what was told while writing is asked after.
        return (
          <>
            {view === 'writing' && prompt}
            <WriteFlow flow={flow} nudge={nudge} takeFocus={place === 'popup' || flow.turns > 0} />
          </>
        );
      case 'resting':
      case 'did-it':
      case 'not-now':
        return (
          <p tabIndex={-1} role="status" data-flow-lead>
            {t(view === 'resting' ? 'restingToday' : view === 'did-it' ? 'offlineThanks' : offline ? 'offlineLater' : 'notNowLine')}
          </p>
        );
    }
  })();

  return (
    <div ref={box} class="stack">
      {body}
      <ErrorNotice message={flow.error} />
    </div>
  );
}

interface IdeaProps {
  flow: Flow;
  nudge: NudgeView;
  place: FlowPlace;
  showWhy: boolean;
  whyNow: string | undefined;
  prompt: JSX.Element;
}

/** The idea and its one row: a note to write, or an idea away from the screen ("I did it"). */
function Idea({ flow, nudge, place, showWhy, whyNow, prompt }: IdeaProps) {
  const { suggestion } = nudge;
  const offline = isOfflineIdea(suggestion.templateId);
  const first: Choice = offline ? { label: 'iDidIt', onChoose: flow.didIt, look: 'primary' } : { label: 'writeIt', onChoose: flow.write, look: 'primary' };
  const later: Choice = { label: offline ? 'maybeLater' : 'notNow', onChoose: flow.notNow };
  const another: Choice = { label: 'anotherIdea', onChoose: flow.another, busy: flow.askingAnother };
  // On the card: the idea, not now, and rest, one tap each. In the popup, rest is among the
  // quiet times below, and another idea is in place of the card's menu.
  const choices: Choice[] =
    place === 'card'
      ? [first, later, { label: 'lowEnergyToday', onChoose: flow.rest, look: 'quiet' }]
      : [first, ...(offline ? [later] : []), ...(nudge.otherIdeasLeft > 0 ? [another] : [])];
  const key = `${suggestion.templateId}:${suggestion.personId ?? ''}`;
  return (
    <>
      {prompt}
      {place === 'card' && showWhy && suggestion.why && <p class="muted why__reason">{suggestion.why}</p>}
      {place === 'card' && showWhy && whyNow && <p class="muted why__reason">{whyNow}</p>}
      {place === 'popup' && suggestion.why && <WhyThis key={key} why={suggestion.why} />}
      {place === 'popup' && suggestion.noPeopleYet && <OpenSettings label="addSomeoneToStayClose" />}
      <ChoiceRow choices={choices} />
    </>
  );
}

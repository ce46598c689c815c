import { emptyIdeaPreferences, updateIdeaPreferences, type IdeaPreferences } from './idea-preferences';
import { momentContext } from './moment-context';
import { isSiteId, parseCustomSiteId, siteById, type MomentKind, type SiteId } from './moments';
import type { Nudge } from './nudge';
import { OPEN_CARD_LIFETIME_MINUTES } from './policy';
import { emptyReceptivity, updateReceptivity, type ReceptivityEvent, type ReceptivityState } from './receptivity';
import { templateById, type TemplateKind } from './templates';
import { type Energy } from './energy';
import { minutes } from './time';

/**
 * Everything Small Hellos learns on the device, in one plain JSON value: when cards are
 * welcome (receptivity.ts) and which kinds of idea are taken up (idea-preferences.ts).
 * Its size does not grow with the history. Forget writes `emptyLearning(now)`.
 */
export interface LearnedState {
  readonly version: 1;
  /** Cards shown up to this moment have been learned from; later ones not yet. */
  readonly learnedThrough: number;
  readonly receptivity: ReceptivityState;
  readonly ideas: IdeaPreferences;
}

export type LearningEvent = ReceptivityEvent | { readonly type: 'idea'; readonly kind: TemplateKind; readonly takenUp: boolean };

/** Nothing learned, and nothing shown before `from` left to learn: a first start, or Forget. */
export function emptyLearning(from = 0): LearnedState {
  return { version: 1, learnedThrough: from, receptivity: emptyReceptivity(), ideas: emptyIdeaPreferences() };
}

export function updateLearning(state: LearnedState, event: LearningEvent, now: number): LearnedState {
  if (event.type === 'idea') return { ...state, ideas: updateIdeaPreferences(state.ideas, event, now) };
  return { ...state, receptivity: updateReceptivity(state.receptivity, event, now) };
}

/**
 * A card is learned from once it has been out this long, as the pacing rules stop
 * counting it as open: by then it was taken up, let go, or left unanswered.
 */
export const SETTLED_AFTER_MINUTES = OPEN_CARD_LIFETIME_MINUTES;

/** A history entry, as learning reads it; `energy` is the day's energy when the card came, where it was kept. */
export type LearnableNudge = Pick<Nudge, 'origin' | 'site' | 'shownAt' | 'day' | 'status' | 'suggestion'> &
  Partial<Pick<Nudge, 'tried'>> & { readonly energy?: Energy | undefined };

/**
 * Whether a card was taken up: a note being written or sent, an idea done. Not now, Low
 * energy today, a snooze, or no answer at all let it go.
 */
export function takenUp(nudge: Pick<Nudge, 'status'>): boolean {
  return nudge.status === 'sent' || nudge.status === 'writing';
}

function kindOfSite(site: SiteId | undefined): MomentKind | undefined {
  if (site === undefined || !(isSiteId(site) || parseCustomSiteId(site))) return undefined;
  return siteById(site).kind;
}

function ideaKind(templateId: string): TemplateKind | undefined {
  return templateById(templateId)?.kind;
}

/** What one settled card teaches: its moment's outcome, and the ideas taken up or passed over on it. */
export function eventsOfNudge(nudge: LearnableNudge, dayStartsAtMinutes: number): LearningEvent[] {
  const events: LearningEvent[] = [];
  const kind = nudge.origin === 'page' ? kindOfSite(nudge.site) : undefined;
  if (kind) events.push({ type: 'outcome', context: momentContext(kind, nudge.shownAt, nudge.energy, dayStartsAtMinutes), takenUp: takenUp(nudge) });
  // "Another idea" passes over the ideas before it.
  for (const templateId of nudge.tried?.templateIds ?? []) {
    const passed = ideaKind(templateId);
    if (passed) events.push({ type: 'idea', kind: passed, takenUp: false });
  }
  // An idea says something about itself only when answered: Low energy today speaks of the day, silence of nothing.
  const shown = ideaKind(nudge.suggestion.templateId);
  if (shown && (takenUp(nudge) || nudge.status === 'dismissed')) events.push({ type: 'idea', kind: shown, takenUp: takenUp(nudge) });
  return events;
}

/**
 * Learns from the cards settled since the last time (shown after `learnedThrough` and at
 * least SETTLED_AFTER_MINUTES before `now`), each exactly once, in the order they came.
 * Pass the history since `learnedThrough`; other entries are left alone.
 */
export function learnSettled(state: LearnedState, nudges: readonly LearnableNudge[], now: number, dayStartsAtMinutes: number): LearnedState {
  const settledBy = now - minutes(SETTLED_AFTER_MINUTES);
  if (settledBy <= state.learnedThrough) return state;
  const settled = nudges.filter((nudge) => nudge.shownAt > state.learnedThrough && nudge.shownAt <= settledBy).sort((a, b) => a.shownAt - b.shownAt);
  let next = state;
  for (const nudge of settled) {
    for (const event of eventsOfNudge(nudge, dayStartsAtMinutes)) next = updateLearning(next, event, nudge.shownAt);
  }
  return { ...next, learnedThrough: settledBy };
}

/**
 * The state built once from a history kept before learning existed: every card shown on
 * a routine moment counts as a moment too (the moments without a card were not kept), and
 * each settled card's outcome with it, in the order they came. From then on moment events
 * and `learnSettled` keep it.
 */
export function learnFromHistory(nudges: readonly LearnableNudge[], now: number, dayStartsAtMinutes: number): LearnedState {
  const settledBy = now - minutes(SETTLED_AFTER_MINUTES);
  const ordered = nudges.filter((nudge) => nudge.shownAt <= now).sort((a, b) => a.shownAt - b.shownAt);
  let state = emptyLearning();
  for (const nudge of ordered) {
    const kind = nudge.origin === 'page' ? kindOfSite(nudge.site) : undefined;
    if (kind)
      state = updateLearning(
        state,
        { type: 'moment', context: momentContext(kind, nudge.shownAt, nudge.energy, dayStartsAtMinutes), day: nudge.day },
        nudge.shownAt,
      );
    if (nudge.shownAt > settledBy) continue;
    for (const event of eventsOfNudge(nudge, dayStartsAtMinutes)) state = updateLearning(state, event, nudge.shownAt);
  }
  return { ...state, learnedThrough: Math.max(0, settledBy) };
}

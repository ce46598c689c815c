import type { LowDayChoice } from './energy';
import type { Feeling, NudgeStatus } from './nudge';
import type { EnergyAnswer } from './energy';

/**
 * What the person sees of one idea, on a card or in the popup, and how each thing they do
 * moves it on. The card and the popup run this same machine over what the background says
 * of the idea (its status, whether today's energy is still to ask), so they never disagree.
 *
 * - `energy`: today's energy, asked on its own, before any idea.
 * - `low-day`: a Low answer heard, with the person's choice: rest today, or one tiny idea.
 * - `idea`, `writing`, `reflect`: the idea, the note, how it felt.
 * - `thanks`, `heavy`: after a note; each stays until the person closes it.
 * - `resting`, `not-now`, `did-it`: a calm line that ends the flow.
 */
export type FlowView = 'energy' | 'low-day' | 'idea' | 'writing' | 'reflect' | 'thanks' | 'heavy' | 'resting' | 'not-now' | 'did-it';

export type FlowEvent =
  | { readonly kind: 'energy'; readonly level: EnergyAnswer['level'] }
  | { readonly kind: 'low-day'; readonly choice: LowDayChoice }
  | { readonly kind: 'write' }
  | { readonly kind: 'sent' }
  | { readonly kind: 'reflected'; readonly feeling?: Feeling | undefined }
  | { readonly kind: 'not-now' }
  | { readonly kind: 'rest' }
  | { readonly kind: 'did-it' };

/** Where an idea opens, from what the background says of it; nothing for one already settled. */
export function openingView(idea: { readonly status: NudgeStatus; readonly askEnergy?: true | undefined }): FlowView | undefined {
  if (idea.status === 'writing') return 'writing';
  if (idea.status !== 'shown') return undefined;
  return idea.askEnergy ? 'energy' : 'idea';
}

/** The view after `event`; an event that does not belong to the view changes nothing. */
export function nextView(view: FlowView, event: FlowEvent): FlowView {
  switch (event.kind) {
    case 'energy':
      return view === 'energy' ? (event.level === 'low' ? 'low-day' : 'idea') : view;
    case 'low-day':
      return view === 'low-day' ? (event.choice === 'rest' ? 'resting' : 'idea') : view;
    case 'write':
      return view === 'idea' ? 'writing' : view;
    case 'sent':
      return view === 'writing' ? 'reflect' : view;
    case 'reflected':
      // Heavier is heard: its own answer, never the thanks-and-goodbye of a lighter one.
      return view === 'reflect' ? (event.feeling === 'heavier' ? 'heavy' : 'thanks') : view;
    case 'not-now':
      return view === 'idea' || view === 'writing' ? 'not-now' : view;
    case 'rest':
      return view === 'idea' ? 'resting' : view;
    case 'did-it':
      return view === 'idea' ? 'did-it' : view;
  }
}

/** Whether the view is a calm line that ends the flow: on a card, each stays the same while, then the card goes. */
export function endsWithCalmLine(view: FlowView): boolean {
  return view === 'resting' || view === 'not-now' || view === 'did-it';
}

/**
 * Whether the view belongs to writing: the note and what follows it may take a taller card.
 * Every other view has one size, so that nothing the person answers changes it.
 */
export function isWritingView(view: FlowView): boolean {
  return view === 'writing' || view === 'reflect' || view === 'thanks' || view === 'heavy';
}

/** Whether the person is in the middle of something here: a view that no new lead should replace. */
export function isUnderWay(view: FlowView): boolean {
  return view !== 'energy' && view !== 'idea' && view !== 'resting';
}

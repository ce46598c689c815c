import { counted, decayFactor, EMPTY_TALLY, posteriorMean, scaled, type Tally } from './beta';
import { PRIOR_TAKE_UP } from './receptivity';
import { TEMPLATE_KINDS, type TemplateKind } from './templates';

/**
 * Which kinds of idea this person takes up (a line of thanks, a question, a voice memo,
 * a hello away from the screen) and which they pass over, counted per template kind with
 * the same decay as the timing. The weights only re-rank ideas `suggest` already allows:
 * a hard time still gets only gentle ideas, and today's energy still limits the ask.
 */
export interface IdeaPreferences {
  /** When the counts were last brought up to date; they decay from here. */
  readonly at: number;
  readonly kinds: Readonly<Partial<Record<TemplateKind, Tally>>>;
  /** Every idea taken up or passed over, whatever its kind. */
  readonly all: Tally;
}

/** An idea taken up comes at most this many times as often as before anything was learned… */
export const MOST_WEIGHT = 2;
/** …and one always passed over at least this share as often: less often, never not at all. */
export const LEAST_WEIGHT = 0.5;
/** How many observations' worth a kind borrows from all ideas together. */
const BORROWED_STRENGTH = 4;

export type IdeaWeights = Readonly<Record<TemplateKind, number>>;

export function emptyIdeaPreferences(): IdeaPreferences {
  return { at: 0, kinds: {}, all: EMPTY_TALLY };
}

/** An idea of this kind taken up (written, sent, done) or passed over (Not now, Another idea). */
export function updateIdeaPreferences(state: IdeaPreferences, idea: { kind: TemplateKind; takenUp: boolean }, now: number): IdeaPreferences {
  const factor = now > state.at ? decayFactor(state.at, now) : 1;
  const kinds: Partial<Record<TemplateKind, Tally>> = {};
  for (const [kind, tally] of Object.entries(state.kinds) as [TemplateKind, Tally][]) kinds[kind] = scaled(tally, factor);
  kinds[idea.kind] = counted(kinds[idea.kind] ?? EMPTY_TALLY, idea.takenUp);
  return { at: Math.max(state.at, now), kinds, all: counted(scaled(state.all, factor), idea.takenUp) };
}

/**
 * How much more or less often each kind of idea should come than it would have before
 * anything was learned: 1 for a kind with no evidence, between LEAST_WEIGHT and MOST_WEIGHT.
 * Multiply a template's own weight in `suggest` by the weight of its kind.
 */
export function weighIdeaKinds(state: IdeaPreferences, now: number): IdeaWeights {
  const factor = decayFactor(state.at, now);
  const overall = posteriorMean(scaled(state.all, factor), PRIOR_TAKE_UP, BORROWED_STRENGTH);
  const weights = {} as Record<TemplateKind, number>;
  for (const kind of TEMPLATE_KINDS) {
    const ofKind = posteriorMean(scaled(state.kinds[kind] ?? EMPTY_TALLY, factor), overall, BORROWED_STRENGTH);
    weights[kind] = Math.min(MOST_WEIGHT, Math.max(LEAST_WEIGHT, ofKind / overall));
  }
  return weights;
}

/**
 * Today's energy, from the person's own answer: asked once a day, before any idea, and
 * never again that day once answered or skipped; what each answer allows is said where
 * ideas are chosen (`fitsToday` in choose-idea.ts).
 */
import type { Settings } from './settings';
import type { Template } from './templates';
import { dayKey } from './time';

/**
 * Today's energy. Low gives only the smallest acts (a line of thanks, a kind comment, a
 * reaction), none of which asks anything back; okay adds check-in questions; good adds
 * invitations, calls and walks. Unknown — the person skipped the question — counts as a
 * low-to-okay day, never a good one (see `suggest`).
 */
export type Energy = 'low' | 'okay' | 'good';
export const ENERGIES: readonly Energy[] = ['low', 'okay', 'good'];

const ENERGY_ORDER: Record<Energy, number> = { low: 0, okay: 1, good: 2 };

/** Whether a template asks no more energy than the person has today. */
export function fitsEnergy(template: Pick<Template, 'energy'>, energy: Energy): boolean {
  return ENERGY_ORDER[template.energy] <= ENERGY_ORDER[energy];
}

/** The once-a-day answer: a level, or skipped (which counts as a low-to-okay day). */
export const ENERGY_ANSWERS = ['low', 'okay', 'good', 'skipped'] as const satisfies readonly (Energy | 'skipped')[];
export interface EnergyAnswer {
  readonly day: string;
  readonly level: (typeof ENERGY_ANSWERS)[number];
  /** The card the question was put on, still unanswered: that card keeps asking if it loads again. */
  readonly askedOnCard?: number;
}

/** What a Low answer leads to, as the person chooses; the choice is remembered for the next Low day. */
export const LOW_DAY_CHOICES = ['rest', 'tiny'] as const;
export type LowDayChoice = (typeof LOW_DAY_CHOICES)[number];

/**
 * Whether today's energy question is still to be asked: once a day, answered or skipped.
 * The card it was put on may ask again while unanswered (its frame loads again when the
 * page moves it), as that is still the one time it was asked.
 */
export function energyToAsk(settings: Pick<Settings, 'energyToday' | 'dayStartsAtMinutes'>, now: number, cardId?: number): boolean {
  const { day, level, askedOnCard } = settings.energyToday;
  if (day !== dayKey(now, settings.dayStartsAtMinutes)) return true;
  return level === 'skipped' && cardId !== undefined && askedOnCard === cardId;
}

/** Today's energy, or undefined when not told today (suggestions then start small). */
export function energyOf(settings: Pick<Settings, 'energyToday' | 'dayStartsAtMinutes'>, now: number): Energy | undefined {
  const { day, level } = settings.energyToday;
  return day === dayKey(now, settings.dayStartsAtMinutes) && level !== 'skipped' ? level : undefined;
}

/**
 * What today's answer becomes when the card the question was put on is forgotten unseen:
 * asked there and not answered, the question is given back (as if never asked today).
 */
export function energyGivenBack(answer: EnergyAnswer, cardId: number): EnergyAnswer | undefined {
  return answer.askedOnCard === cardId && answer.level === 'skipped' ? { day: '', level: 'skipped' } : undefined;
}

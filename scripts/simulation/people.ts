import { DAY_PARTS, WEEK_PARTS, type DayPart, type EnergyContext, type MomentContext, type WeekPart } from '../../src/core/moment-context';
import { MOMENT_KINDS, type CatalogueSiteId, type MomentKind } from '../../src/core/moments';
import { pickOne, pickWeighted, type Random } from '../../src/core/random';

/**
 * Simulated people, each with known habits: how often they take up a card in each
 * context (by the kind of site, the part of the day, weekday or weekend, and the day's
 * energy), and when their routine moments come. Nothing here is learned; it is the truth
 * a policy is measured against.
 */
export interface Habits {
  /** Log-odds of taking up a card, before the context's effects. */
  readonly base: number;
  readonly kind: Record<MomentKind, number>;
  readonly dayPart: Record<DayPart, number>;
  readonly weekend: number;
  /** What is particular to one kind at one part of the day on weekdays or at the weekend. */
  readonly cell: Record<string, number>;
  /** Expected moments a day, by kind, week part and the hours they come in. */
  readonly moments: Record<MomentKind, Record<WeekPart, Record<DayPart, number>>>;
}

export interface SimulatedPerson {
  readonly name: string;
  readonly habits: Habits;
  /** Habits from this day on (a new job, a new season), if they change. */
  readonly changed?: { readonly fromDay: number; readonly habits: Habits };
  readonly sites: Record<MomentKind, readonly CatalogueSiteId[]>;
}

/** The hours in which each part of the day's moments come: some before the active hours, some after. */
export const PART_HOURS: Record<DayPart, readonly [from: number, until: number]> = {
  morning: [6, 12],
  afternoon: [12, 17],
  evening: [17, 23],
  night: [23, 24],
};

const ENERGY_EFFECT: Record<EnergyContext, number> = { low: -0.6, okay: 0, good: 0.3, unknown: -0.1 };
/** How the day's energy is told: often not at all. */
export const ENERGY_SHARES: readonly [EnergyContext, number][] = [
  ['unknown', 0.4],
  ['low', 0.2],
  ['okay', 0.25],
  ['good', 0.15],
];

const SITE_CHOICES: Record<MomentKind, readonly CatalogueSiteId[]> = {
  email: ['gmail', 'outlook', 'proton-mail'],
  social: ['x', 'instagram', 'facebook', 'reddit', 'bluesky'],
  messages: ['whatsapp', 'slack', 'telegram', 'discord'],
};

/** How far contexts differ for one person: standard deviations of each part's effect on the log-odds of take-up. */
export interface World {
  readonly kind: number;
  readonly dayPart: number;
  readonly weekend: number;
  /** What is particular to one kind at one part of the day on weekdays or at the weekend. */
  readonly cell: number;
}

/**
 * The world the figures are given for: the kind of site matters most (someone who writes
 * notes from email may never do so from a feed), the part of the day a good deal.
 */
export const DIFFERENT_CONTEXTS: World = { kind: 1.2, dayPart: 0.9, weekend: 0.4, cell: 0.3 };
/** A world where contexts differ less, to show how the benefit depends on it. */
export const MILDER_CONTEXTS: World = { kind: 0.6, dayPart: 0.6, weekend: 0.4, cell: 0.3 };

export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const uniform = (random: Random, from: number, to: number) => from + (to - from) * random();

function drawHabits(world: World, random: Random): Habits {
  const kind = Object.fromEntries(MOMENT_KINDS.map((k) => [k, world.kind * normal(random)])) as Record<MomentKind, number>;
  const dayPart = Object.fromEntries(DAY_PARTS.map((p) => [p, world.dayPart * normal(random)])) as Record<DayPart, number>;
  const cell: Record<string, number> = {};
  for (const k of MOMENT_KINDS) for (const w of WEEK_PARTS) for (const p of DAY_PARTS) cell[`${k}|${w}|${p}`] = world.cell * normal(random);
  const share = uniform(random, 0.12, 0.35);
  const base = Math.log(share / (1 - share));
  return { base, kind, dayPart, weekend: world.weekend * normal(random), cell, moments: drawMoments(random) };
}

/**
 * Several moments of each kind a day: email mostly on weekdays, feeds more at the
 * weekend, each person with their own hours (a share of each kind's moments per part).
 */
function drawMoments(random: Random): Habits['moments'] {
  const volume: Record<MomentKind, Record<WeekPart, number>> = {
    email: { weekday: uniform(random, 2, 6), weekend: 0 },
    social: { weekday: uniform(random, 1, 5), weekend: 0 },
    messages: { weekday: uniform(random, 2, 6), weekend: 0 },
  };
  volume.email.weekend = volume.email.weekday * 0.4;
  volume.social.weekend = volume.social.weekday * 1.3;
  volume.messages.weekend = volume.messages.weekday * 1.1;
  const moments = {} as Habits['moments'];
  for (const kind of MOMENT_KINDS) {
    const weights = { morning: random() + 0.2, afternoon: random() + 0.2, evening: random() + 0.2, night: 0.05 * random() };
    const total = weights.morning + weights.afternoon + weights.evening + weights.night;
    moments[kind] = { weekday: { morning: 0, afternoon: 0, evening: 0, night: 0 }, weekend: { morning: 0, afternoon: 0, evening: 0, night: 0 } };
    for (const week of WEEK_PARTS) for (const part of DAY_PARTS) moments[kind][week][part] = (volume[kind][week] * weights[part]) / total;
  }
  return moments;
}

/** Habits turned round: what suited before suits least, and the day has a new shape. */
function changedHabits(habits: Habits, random: Random): Habits {
  const flip = <K extends string>(effects: Record<K, number>) =>
    Object.fromEntries(Object.entries(effects).map(([key, value]) => [key, -(value as number)])) as Record<K, number>;
  return { ...habits, kind: flip(habits.kind), dayPart: flip(habits.dayPart), weekend: -habits.weekend, cell: flip(habits.cell), moments: drawMoments(random) };
}

export function simulatedPerson(name: string, world: World, random: Random, changeOnDay?: number): SimulatedPerson {
  const habits = drawHabits(world, random);
  const sites = Object.fromEntries(
    MOMENT_KINDS.map((kind) => {
      const choices = [...SITE_CHOICES[kind]];
      const first = pickOne(choices, random) ?? choices[0];
      const second =
        random() < 0.5
          ? pickOne(
              choices.filter((s) => s !== first),
              random,
            )
          : undefined;
      return [kind, second ? [first, second] : [first]];
    }),
  ) as Record<MomentKind, CatalogueSiteId[]>;
  return {
    name,
    habits,
    sites,
    ...(changeOnDay === undefined ? {} : { changed: { fromDay: changeOnDay, habits: changedHabits(habits, random) } }),
  };
}

export function habitsOn(person: SimulatedPerson, day: number): Habits {
  return person.changed && day >= person.changed.fromDay ? person.changed.habits : person.habits;
}

/** The true chance that this person takes up a card in this context. */
export function takeUpChance(habits: Habits, context: MomentContext): number {
  const { kind, dayPart, weekPart, energy } = context;
  const logOdds =
    habits.base +
    habits.kind[kind] +
    habits.dayPart[dayPart] +
    (weekPart === 'weekend' ? habits.weekend : 0) +
    (habits.cell[`${kind}|${weekPart}|${dayPart}`] ?? 0) +
    ENERGY_EFFECT[energy];
  return 1 / (1 + Math.exp(-logOdds));
}

export function drawEnergy(random: Random): EnergyContext {
  return pickWeighted(ENERGY_SHARES, ([, share]) => share, random)?.[0] ?? 'unknown';
}

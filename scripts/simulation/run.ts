import { countsAsMoment, shouldSpendCard, spendGiven, type TimingView } from '../../src/core/card-timing';
import { emptyLearning, learnSettled, updateLearning, type LearnableNudge } from '../../src/core/learning';
import { momentContext, type MomentContext } from '../../src/core/moment-context';
import { MOMENT_KINDS, type CatalogueSiteId } from '../../src/core/moments';
import { decideNudge, type PolicyNudge } from '../../src/core/policy';
import { pickOne, seededRandom, type Random } from '../../src/core/random';
import { defaultSettings } from '../../src/core/settings';
import { DAY_MS, dayKey, dayStart } from '../../src/core/time';
import { DAY_PARTS, type DayPart } from '../../src/core/moment-context';
import { drawEnergy, habitsOn, PART_HOURS, takeUpChance, type SimulatedPerson } from './people';

/**
 * One simulated person's weeks under a policy. Every policy meets exactly the same
 * moments and the same person: a card at a given moment is taken up or let go alike
 * under each (common random numbers), so the difference is the policy's alone.
 *
 * - fixed: today's pacing rules alone;
 * - learned: the pacing rules, then `shouldSpendCard` with what it has learned;
 * - knowing: the same rule told the person's true habits from the first day, as a yardstick.
 */
export type PolicyName = 'fixed' | 'learned' | 'knowing';
export const POLICIES: readonly PolicyName[] = ['fixed', 'learned', 'knowing'];

export interface SimulatedMoment {
  readonly at: number;
  readonly day: number;
  readonly site: CatalogueSiteId;
  readonly context: MomentContext;
  /** Whether a card here would be taken up, and if not, whether it would be left unanswered. */
  readonly takenUp: boolean;
  readonly leftUnanswered: boolean;
}

export interface WeeklyCards {
  readonly shown: number[];
  readonly takenUp: number[];
}

const SETTINGS = defaultSettings;

function poisson(mean: number, random: Random): number {
  const limit = Math.exp(-mean);
  let count = 0;
  for (let product = random(); product > limit; product *= random()) count++;
  return count;
}

/** Every routine moment of the person's weeks, in order, each with its outcome should a card come. */
export function momentsOf(person: SimulatedPerson, start: Date, weeks: number, random: Random): SimulatedMoment[] {
  const moments: SimulatedMoment[] = [];
  for (let day = 0; day < weeks * 7; day++) {
    const midnight = new Date(start.getFullYear(), start.getMonth(), start.getDate() + day).getTime();
    const habits = habitsOn(person, day);
    const weekday = new Date(midnight).getDay();
    const weekPart = weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
    const energy = drawEnergy(random);
    for (const kind of MOMENT_KINDS) {
      for (const part of DAY_PARTS) {
        const [from, until] = PART_HOURS[part];
        const count = poisson(habits.moments[kind][weekPart][part], random);
        for (let i = 0; i < count; i++) {
          const at = Math.round(midnight + (from + (until - from) * random()) * 3_600_000);
          const context = momentContext(kind, at, energy === 'unknown' ? undefined : energy, SETTINGS.dayStartsAtMinutes);
          const site = pickOne(person.sites[kind], random) ?? person.sites[kind][0] ?? 'gmail';
          moments.push({ at, day, site, context, takenUp: random() < takeUpChance(habits, context), leftUnanswered: random() < 0.4 });
        }
      }
    }
  }
  return moments.sort((a, b) => a.at - b.at);
}

type SimulatedNudge = PolicyNudge & LearnableNudge;

/** The share of a part of the day's hours within the active hours. */
function shareInActiveHours(dayPart: DayPart): number {
  const [from, until] = PART_HOURS[dayPart];
  const overlap = Math.min(until, SETTINGS.activeUntilMinutes / 60) - Math.max(from, SETTINGS.activeFromMinutes / 60);
  return Math.max(0, overlap) / (until - from);
}

/** What the decision would read if it knew the person's habits on this moment's day. */
function knowingView(person: SimulatedPerson, moment: SimulatedMoment): TimingView {
  const habits = habitsOn(person, moment.day);
  return {
    cardsLearned: Infinity,
    daysSeen: Infinity,
    mean: (kind, dayPart) => takeUpChance(habits, { ...moment.context, kind, dayPart }),
    momentsPerDay: (kind, dayPart) => habits.moments[kind][moment.context.weekPart][dayPart] * shareInActiveHours(dayPart),
  };
}

/**
 * The cards a policy shows over these moments, week by week. Each asks the real
 * `decideNudge` (default settings: 08:00–21:00, two cards a day, 90 minutes apart, once
 * per site a day); the learned policy learns as the background would, from each moment
 * in the active hours and from each card once settled.
 */
export function runPolicy(person: SimulatedPerson, moments: readonly SimulatedMoment[], weeks: number, policy: PolicyName, random: Random): WeeklyCards {
  const shown = Array.from({ length: weeks }, () => 0);
  const takenUp = Array.from({ length: weeks }, () => 0);
  let recent: SimulatedNudge[] = [];
  let learning = emptyLearning();
  for (const moment of moments) {
    const { at, site, context } = moment;
    const today = dayStart(at, SETTINGS.dayStartsAtMinutes);
    recent = recent.filter((nudge) => nudge.shownAt >= today - DAY_MS);
    if (policy === 'learned') learning = learnSettled(learning, recent, at, SETTINGS.dayStartsAtMinutes);
    const paced = decideNudge({ settings: SETTINGS, recentNudges: recent, site, now: at });
    if (policy === 'learned' && countsAsMoment(paced)) {
      learning = updateLearning(learning, { type: 'moment', context, day: dayKey(at, SETTINGS.dayStartsAtMinutes) }, at);
    }
    if (!paced.show) continue;
    if (policy !== 'fixed') {
      const input = {
        context,
        cardsLeftToday: SETTINGS.dailyCap - recent.filter((nudge) => nudge.shownAt >= today).length,
        now: at,
        dayStartsAtMinutes: SETTINGS.dayStartsAtMinutes,
        random,
      };
      const decision = policy === 'learned' ? shouldSpendCard(learning.receptivity, input) : spendGiven(knowingView(person, moment), input);
      if (!decision.spend) continue;
    }
    recent.push({
      origin: 'page',
      site,
      shownAt: at,
      day: dayKey(at, SETTINGS.dayStartsAtMinutes),
      status: moment.takenUp ? 'sent' : moment.leftUnanswered ? 'shown' : 'dismissed',
      suggestion: { templateId: 'thanks_reply', prompt: '', draft: '' },
      ...(context.energy === 'unknown' ? {} : { energy: context.energy }),
    });
    const week = Math.floor(moment.day / 7);
    shown[week] = (shown[week] ?? 0) + 1;
    if (moment.takenUp) takenUp[week] = (takenUp[week] ?? 0) + 1;
  }
  return { shown, takenUp };
}

export type PersonOutcome = Record<PolicyName, WeeklyCards>;

/** One person's weeks under every policy, from one seed. */
export function simulatePerson(person: SimulatedPerson, start: Date, weeks: number, seed: string): PersonOutcome {
  const moments = momentsOf(person, start, weeks, seededRandom(`${seed}:moments`));
  const run = (policy: PolicyName) => runPolicy(person, moments, weeks, policy, seededRandom(`${seed}:${policy}`));
  return { fixed: run('fixed'), learned: run('learned'), knowing: run('knowing') };
}

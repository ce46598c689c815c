/**
 * `npm run simulate`: simulated people with known habits meet today's fixed policy and
 * the learned one (src/core/card-timing.ts) on the same routine moments, for twelve
 * weeks. Prints what each shows and how often its cards are taken up. Seeded: every run
 * prints the same figures.
 */
import { compare, habitChange, type Comparison, type WeekRates } from './simulation/compare';
import { DIFFERENT_CONTEXTS, MILDER_CONTEXTS, type World } from './simulation/people';
import type { PolicyName } from './simulation/run';

const PEOPLE = 200;
/** The two smaller runs: enough for their point, and the whole stays well under a minute. */
const FEWER = 100;
const WEEKS = 12;
const CHANGE_WEEK = 6;
const SEED = 'small hellos';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const describe = (world: World) =>
  `take-up differs between kinds of site by SD ${world.kind}, parts of the day ${world.dayPart}, weekend ${world.weekend}, each context ${world.cell} (log-odds)`;
const NAMES: Record<PolicyName, string> = { fixed: 'fixed (today)', learned: 'learned', knowing: 'knowing the habits' };

function printComparison(result: Comparison): void {
  console.log('  policy                shown / person-week   taken up / person-week   taken up per card shown');
  for (const policy of ['fixed', 'learned', 'knowing'] as const) {
    const { shownPerPersonWeek, takenUpPerPersonWeek, takenUpPerShown } = result.policies[policy];
    console.log(
      `  ${NAMES[policy].padEnd(20)} ${shownPerPersonWeek.toFixed(2).padStart(20)} ${takenUpPerPersonWeek.toFixed(2).padStart(24)} ${percent(takenUpPerShown).padStart(25)}`,
    );
  }
  const [low, high] = result.upliftInterval;
  console.log(
    `\n  learned over fixed, taken up per card shown: ${percent(result.uplift)} (95 % bootstrap interval over people: ${percent(low)} to ${percent(high)})`,
  );
  console.log(
    `  cards shown, learned / fixed: ${(result.policies.learned.shownPerPersonWeek / result.policies.fixed.shownPerPersonWeek).toFixed(3)}; people shown more cards than by the fixed policy: ${result.peopleShownMore}`,
  );
  console.log(`  the same rule knowing each person's habits from day one: ${percent(result.knowingUplift)}`);
}

function printWeeks(weeks: readonly WeekRates[], marked?: number): void {
  console.log('  week   fixed   learned   knowing   learned / fixed');
  for (const { week, fixed, learned, knowing } of weeks) {
    const mark = week === marked ? '   <- habits change' : '';
    console.log(
      `  ${String(week).padStart(4)} ${percent(fixed).padStart(7)} ${percent(learned).padStart(9)} ${percent(knowing).padStart(9)} ${(learned / fixed).toFixed(2).padStart(13)}${mark}`,
    );
  }
}

const started = performance.now();
console.log(`${PEOPLE} simulated people, ${WEEKS} weeks each (seed "${SEED}"); ${describe(DIFFERENT_CONTEXTS)}\n`);
const main = compare({ people: PEOPLE, weeks: WEEKS, seed: SEED });
printComparison(main);
console.log('\n  Taken up per card shown, week by week (the first week holds nothing back: too little is known)\n');
printWeeks(main.weekly);

console.log(`\nThe first ${FEWER} of the same people where contexts differ less: ${describe(MILDER_CONTEXTS)}\n`);
printComparison(compare({ people: FEWER, weeks: WEEKS, seed: SEED, world: MILDER_CONTEXTS }));

console.log(`\n${FEWER} other people whose habits turn round at the start of week ${CHANGE_WEEK} (what suited suits least; their moments come at new times)\n`);
printWeeks(habitChange({ people: FEWER, weeks: WEEKS, seed: `${SEED}:change`, changeWeek: CHANGE_WEEK }), CHANGE_WEEK);
console.log(`\nRan in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

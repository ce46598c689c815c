import { seededRandom } from '../../../src/core/random';
import { fitsToday, suggest } from '../../../src/core/suggest';
import { PERSONAL_TEMPLATES, templateById, type Template } from '../../../src/core/templates';
import { isWithinWindow, type TimeWindow } from '../../../src/core/time-window';
import { at, friend, suggestInput } from '../../support/suggest-fixtures';

// 2026-11-23 is a Monday; the tests run in Europe/Berlin.
const MON = 23;
const WED = 25;
const THU = 26;
const FRI = 27;
const SAT = 28;
const SUN = 29;
const NEXT_MON = 30;

const template = (id: string) => templateById(id) as Template;

describe('time windows, at their boundaries (local clock)', () => {
  it.each<[TimeWindow, number, boolean]>([
    ['morning', at(2026, 11, WED, 4, 59), false],
    ['morning', at(2026, 11, WED, 5, 0), true],
    ['morning', at(2026, 11, WED, 11, 59), true],
    ['morning', at(2026, 11, WED, 12, 0), false],
    ['evening', at(2026, 11, WED, 16, 59), false],
    ['evening', at(2026, 11, WED, 17, 0), true],
    ['evening', at(2026, 11, WED, 22, 59), true],
    ['evening', at(2026, 11, WED, 23, 0), false],
    ['end-of-week', at(2026, 11, THU, 23, 59), false],
    ['end-of-week', at(2026, 11, FRI, 0, 0), true],
    ['end-of-week', at(2026, 11, SAT, 12, 0), true],
    ['end-of-week', at(2026, 11, SUN, 23, 59), true],
    ['end-of-week', at(2026, 11, NEXT_MON, 0, 0), false],
    ['before-weekend', at(2026, 11, WED, 23, 59), false],
    ['before-weekend', at(2026, 11, THU, 0, 0), true],
    ['before-weekend', at(2026, 11, FRI, 23, 59), true],
    ['before-weekend', at(2026, 11, SAT, 0, 0), false],
    ['before-weekend', at(2026, 11, MON, 10, 0), false],
  ])('%s at %s is %s', (window, now, within) => {
    expect(isWithinWindow(window, now)).toBe(within);
  });
});

describe('ideas that belong to a time', () => {
  it('says good morning only in the morning, and an evening hello only in the evening', () => {
    expect(fitsToday(template('ri_morning'), 'good', at(2026, 11, WED, 11, 59))).toBe(true);
    expect(fitsToday(template('ri_morning'), 'good', at(2026, 11, WED, 12, 0))).toBe(false);
    expect(fitsToday(template('ri_morning'), 'good', at(2026, 11, WED, 19, 0))).toBe(false);
    expect(fitsToday(template('ri_evening'), 'good', at(2026, 11, WED, 16, 59))).toBe(false);
    expect(fitsToday(template('ri_evening'), 'good', at(2026, 11, WED, 17, 0))).toBe(true);
  });

  it('wishes a happy end of the week from Friday to Sunday, and asks about weekend plans only on Thursday and Friday', () => {
    expect(fitsToday(template('ri_week_end'), 'good', at(2026, 11, THU, 18, 0))).toBe(false);
    expect(fitsToday(template('ri_week_end'), 'good', at(2026, 11, FRI, 9, 0))).toBe(true);
    expect(fitsToday(template('ri_week_end'), 'good', at(2026, 11, SUN, 20, 0))).toBe(true);
    expect(fitsToday(template('ri_weekend'), 'good', at(2026, 11, THU, 9, 0))).toBe(true);
    expect(fitsToday(template('ri_weekend'), 'good', at(2026, 11, SAT, 9, 0))).toBe(false);
  });

  it('never offers a timed idea outside its time over many cards, and does offer it within', () => {
    const timed = PERSONAL_TEMPLATES.filter((t) => 'when' in t);
    expect(timed.map((t) => t.id).sort()).toEqual(['ri_evening', 'ri_morning', 'ri_week_end', 'ri_weekend']);
    const idsAt = (now: number) =>
      new Set(
        Array.from(
          { length: 600 },
          (_, i) => suggest(suggestInput({ people: [friend([])], moment: 'messages', energy: 'good', now, random: seededRandom(`t-${i}`) })).templateId,
        ),
      );
    const tuesdayAfternoon = idsAt(at(2026, 11, 24, 15, 0));
    for (const t of timed) expect(tuesdayAfternoon.has(t.id), t.id).toBe(false);
    expect(idsAt(at(2026, 11, FRI, 8, 0)).has('ri_morning')).toBe(true);
    expect(idsAt(at(2026, 11, THU, 19, 0)).has('ri_evening')).toBe(true);
  });
});

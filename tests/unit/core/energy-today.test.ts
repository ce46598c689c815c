import { energyGivenBack, energyOf, energyToAsk, fitsEnergy, type EnergyAnswer } from '../../../src/core/energy';
import { dayKey } from '../../../src/core/time';

const DAY_STARTS = 4 * 60;
const NOW = new Date(2026, 11, 7, 10).getTime();
const today = dayKey(NOW, DAY_STARTS);
const settingsWith = (energyToday: EnergyAnswer) => ({ energyToday, dayStartsAtMinutes: DAY_STARTS });

describe('today’s energy', () => {
  it('is asked once a day: again on a new day, never after an answer or a skip today', () => {
    expect(energyToAsk(settingsWith({ day: '2026-12-06', level: 'good' }), NOW)).toBe(true);
    expect(energyToAsk(settingsWith({ day: today, level: 'okay' }), NOW)).toBe(false);
    expect(energyToAsk(settingsWith({ day: today, level: 'skipped' }), NOW)).toBe(false);
  });

  it('is asked again only on the card it was put on, while unanswered', () => {
    expect(energyToAsk(settingsWith({ day: today, level: 'skipped', askedOnCard: 7 }), NOW, 7)).toBe(true);
    expect(energyToAsk(settingsWith({ day: today, level: 'skipped', askedOnCard: 7 }), NOW, 8)).toBe(false);
    expect(energyToAsk(settingsWith({ day: today, level: 'low', askedOnCard: 7 }), NOW, 7)).toBe(false);
  });

  it('is known only when told today, a skip telling nothing', () => {
    expect(energyOf(settingsWith({ day: today, level: 'good' }), NOW)).toBe('good');
    expect(energyOf(settingsWith({ day: today, level: 'skipped' }), NOW)).toBeUndefined();
    expect(energyOf(settingsWith({ day: '2026-12-06', level: 'good' }), NOW)).toBeUndefined();
  });

  it('gives the question back when the card it was put on is forgotten unanswered, and only then', () => {
    expect(energyGivenBack({ day: today, level: 'skipped', askedOnCard: 7 }, 7)).toEqual({ day: '', level: 'skipped' });
    expect(energyGivenBack({ day: today, level: 'skipped', askedOnCard: 7 }, 8)).toBeUndefined();
    expect(energyGivenBack({ day: today, level: 'okay', askedOnCard: 7 }, 7)).toBeUndefined();
  });

  it('allows an idea that asks no more than the energy told', () => {
    expect(fitsEnergy({ energy: 'low' }, 'okay')).toBe(true);
    expect(fitsEnergy({ energy: 'okay' }, 'okay')).toBe(true);
    expect(fitsEnergy({ energy: 'good' }, 'okay')).toBe(false);
  });
});

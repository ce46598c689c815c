import { ritualSignal, type RitualSignalInput } from '../../../src/core/ritual-signal';

const open: RitualSignalInput = { due: 1, quiet: 'none', restDay: false, heavy: 'none' };

describe('what a ritual due today may say outside the popup', () => {
  it('shows the dot and tells a notification on an ordinary day', () => {
    expect(ritualSignal(open)).toEqual({ dot: true, notify: true });
    expect(ritualSignal({ ...open, due: 3 })).toEqual({ dot: true, notify: true });
  });

  it('says nothing with no ritual due', () => {
    expect(ritualSignal({ ...open, due: 0 })).toEqual({ dot: false, notify: false });
  });

  it('says nothing on a day that leads with support, where the popup puts rituals aside', () => {
    expect(ritualSignal({ ...open, heavy: 'support-first' })).toEqual({ dot: false, notify: false });
  });

  it('keeps the dot away while the person rests, and a notification too', () => {
    expect(ritualSignal({ ...open, quiet: 'resting' })).toEqual({ dot: false, notify: false });
  });

  it('keeps the quiet dot, but no notification, while paused, on a rest day, or after a hello that felt heavier today', () => {
    expect(ritualSignal({ ...open, quiet: 'paused' })).toEqual({ dot: true, notify: false });
    expect(ritualSignal({ ...open, restDay: true })).toEqual({ dot: true, notify: false });
    expect(ritualSignal({ ...open, heavy: 'rest-offered' })).toEqual({ dot: true, notify: false });
  });
});

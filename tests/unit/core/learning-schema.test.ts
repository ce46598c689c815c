import { emptyLearning, learnFromHistory, type LearnableNudge } from '../../../src/core/learning';
import { MOST_COUNTED, readLearnedState } from '../../../src/core/learning-schema';
import { dayKey } from '../../../src/core/time';
import { DAY_STARTS, on } from '../../support/learning';

const history: LearnableNudge[] = [9, 19].flatMap((hour) =>
  [23, 24, 25].map((day): LearnableNudge => ({
    origin: 'page',
    site: hour === 9 ? 'gmail' : 'whatsapp',
    shownAt: on(day, hour),
    day: dayKey(on(day, hour), DAY_STARTS),
    status: hour === 9 ? 'dismissed' : 'sent',
    suggestion: { templateId: hour === 9 ? 'thanks_reply' : 'share_find', prompt: '', draft: '' },
    energy: 'okay',
  })),
);
const learned = learnFromHistory(history, on(26, 12), DAY_STARTS);
const stored = () => JSON.parse(JSON.stringify(learned)) as Record<string, unknown> & { receptivity: Record<string, unknown>; ideas: Record<string, unknown> };

describe('a learned state kept or carried in a file', () => {
  it('comes back from JSON exactly as it was', () => {
    expect(readLearnedState(JSON.parse(JSON.stringify(learned)))).toEqual({ ok: true, state: learned });
  });

  it('may be a new start, with nothing learned', () => {
    expect(readLearnedState(emptyLearning(on(26, 12)))).toEqual({ ok: true, state: emptyLearning(on(26, 12)) });
  });

  it('is refused from another version', () => {
    expect(readLearnedState({ ...stored(), version: 2 })).toEqual({ ok: false, field: 'version' });
  });

  it('is refused with a count that is negative, not a number, or beyond any real count', () => {
    for (const yes of [-1, Number.NaN, Number.POSITIVE_INFINITY, MOST_COUNTED * 2, '3']) {
      const bad = stored();
      bad.receptivity = { ...bad.receptivity, outcomes: { 'email|weekday|morning': { yes, no: 1 } } };
      expect(readLearnedState(bad)).toEqual({ ok: false, field: 'receptivity.outcomes.email|weekday|morning.yes' });
    }
  });

  it('is refused with a context or a kind of idea it does not know', () => {
    const badMoments = stored();
    badMoments.receptivity = { ...badMoments.receptivity, moments: { 'email|weekday|lunchtime': 2 } };
    expect(readLearnedState(badMoments).ok).toBe(false);
    const badOutcomes = stored();
    badOutcomes.receptivity = { ...badOutcomes.receptivity, outcomes: { 'fax|weekday|morning': { yes: 1, no: 0 } } };
    expect(readLearnedState(badOutcomes).ok).toBe(false);
    const badIdea = stored();
    badIdea.ideas = { ...badIdea.ideas, kinds: { serenade: { yes: 1, no: 0 } } };
    expect(readLearnedState(badIdea).ok).toBe(false);
  });

  it('is refused with anything more or less than it holds', () => {
    expect(readLearnedState({ ...stored(), note: 'hello' }).ok).toBe(false);
    const { ideas: _ideas, ...withoutIdeas } = stored();
    expect(readLearnedState(withoutIdeas)).toEqual({ ok: false, field: 'ideas' });
    expect(readLearnedState({ ...stored(), receptivity: { ...stored().receptivity, lastDay: 'Tuesday' } })).toEqual({
      ok: false,
      field: 'receptivity.lastDay',
    });
  });
});

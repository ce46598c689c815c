import type { Awkwardness } from '../../../src/core/expectations';
import { seededRandom } from '../../../src/core/random';
import { energyFor } from '../../../src/core/choose-idea';
import { suggest, type HistoryEntry } from '../../../src/core/suggest';
import { templateById } from '../../../src/core/templates';
import { at, detailOf, friend, suggestInput } from '../../support/suggest-fixtures';

/** Friday 27 November 2026, 10:00. */
const NOW = at(2026, 11, 27, 10);

describe('a ritual’s day and today’s idea', () => {
  const dad = friend([detailOf('interest', 'the allotment', NOW)], { name: 'Dad', callName: 'Dad' });
  const maya = friend([detailOf('interest', 'the cello', NOW)], { name: 'Maya Lind', callName: 'Maya' });
  const chosen = (ritualsToday: { personId?: number }[]) =>
    new Set(
      Array.from(
        { length: 200 },
        (_, i) =>
          suggest(suggestInput({ people: [dad, maya], ritualsToday, energy: 'okay', moment: 'email', now: NOW, random: seededRandom(`ritual-${i}`) })).personId,
      ),
    );

  it('suggests someone else while a ritual holds today’s hello to a person', () => {
    expect(chosen([])).toEqual(new Set([dad.id, maya.id]));
    expect(chosen([{ personId: dad.id as number }])).toEqual(new Set([maya.id]));
  });

  it('offers a small act for anyone when the ritual’s person is the only one', () => {
    const idea = suggest(suggestInput({ people: [dad], ritualsToday: [{ personId: dad.id as number }], moment: 'email', now: NOW }));
    expect(idea.personId).toBeUndefined();
    expect(idea.noPeopleYet).toBeUndefined();
  });

  it('holds nobody back for a ritual for no one in particular', () => {
    expect(chosen([{}])).toEqual(new Set([dad.id, maya.id]));
  });

  it('still puts a birthday first, even on the day of a ritual for that person', () => {
    const birthday = friend([], { name: 'Dad', callName: 'Dad', birthday: '11-27' });
    const idea = suggest(suggestInput({ people: [birthday, maya], ritualsToday: [{ personId: birthday.id as number }], moment: 'email', now: NOW }));
    expect(idea.personId).toBe(birthday.id);
    expect(templateById(idea.templateId)?.occasion).toBe('birthday');
  });
});

describe('how the latest note actually felt', () => {
  const sam = friend([detailOf('interest', 'the hiking trip', NOW)], { name: 'Sam Ortiz', callName: 'Sam' });
  const sent = (personId: number | undefined, daysAgo: number, actualAwkward?: Awkwardness): HistoryEntry => ({
    shownAt: NOW - daysAgo * 86_400_000,
    status: 'sent',
    suggestion: { templateId: 'thanks_reply', prompt: '', draft: '', ...(personId === undefined ? {} : { personId }) },
    ...(actualAwkward === undefined ? {} : { actualAwkward }),
  });

  it('keeps the ideas for someone small after a note to them felt awkward (4 or 5 of 5)', () => {
    expect(energyFor(sam, { history: [sent(sam.id, 2, 4)], energy: 'good' })).toBe('low');
    expect(energyFor(sam, { history: [sent(sam.id, 2, 5)] })).toBe('low');
    for (let i = 0; i < 100; i++) {
      const idea = suggest(
        suggestInput({ people: [sam], history: [sent(sam.id, 5, 5)], energy: 'good', moment: 'email', now: NOW, random: seededRandom(`awkward-${i}`) }),
      );
      expect(idea.personId).toBe(sam.id);
      expect(templateById(idea.templateId)?.energy, idea.templateId).toBe('low');
    }
  });

  it('follows today’s energy when it felt fine, when a later note felt easier, or for someone else', () => {
    expect(energyFor(sam, { history: [sent(sam.id, 2, 3)], energy: 'good' })).toBe('good');
    expect(energyFor(sam, { history: [sent(sam.id, 9, 5), sent(sam.id, 2, 2)], energy: 'good' })).toBe('good');
    expect(energyFor(sam, { history: [sent(sam.id, 2)], energy: 'good' })).toBe('good');
    expect(energyFor(sam, { history: [sent((sam.id as number) + 100, 2, 5), sent(undefined, 1, 5)], energy: 'okay' })).toBe('okay');
    expect(energyFor(sam, { history: [], energy: undefined })).toBeUndefined();
  });
});

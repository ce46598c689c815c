import { endsWithCalmLine, isUnderWay, isWritingView, nextView, openingView, type FlowEvent, type FlowView } from '../../../src/core/flow';

const ALL_VIEWS: readonly FlowView[] = ['energy', 'low-day', 'idea', 'writing', 'reflect', 'thanks', 'heavy', 'resting', 'not-now', 'did-it'];

/** The views a sequence of events leads through, from `from`. */
function walk(from: FlowView, ...events: FlowEvent[]): FlowView[] {
  const seen = [from];
  for (const event of events) seen.push(nextView(seen.at(-1) ?? from, event));
  return seen;
}

describe('the flow of one idea, on a card or in the popup', () => {
  it('opens on today’s energy when it is still to ask, else on the idea, and on the note once one is started', () => {
    expect(openingView({ status: 'shown', askEnergy: true })).toBe('energy');
    expect(openingView({ status: 'shown' })).toBe('idea');
    expect(openingView({ status: 'writing', askEnergy: true })).toBe('writing');
  });

  it.each(['sent', 'dismissed', 'snoozed', 'muted'] as const)('shows nothing of an idea already %s', (status) => {
    expect(openingView({ status })).toBeUndefined();
  });

  it('asks today’s energy on its own: any answer but a low one leads to the idea', () => {
    for (const level of ['okay', 'good', 'skipped'] as const) expect(nextView('energy', { kind: 'energy', level })).toBe('idea');
  });

  it('hears a low answer first, then rests or shows one tiny idea, as the person chooses', () => {
    expect(walk('energy', { kind: 'energy', level: 'low' }, { kind: 'low-day', choice: 'rest' })).toEqual(['energy', 'low-day', 'resting']);
    expect(walk('energy', { kind: 'energy', level: 'low' }, { kind: 'low-day', choice: 'tiny' })).toEqual(['energy', 'low-day', 'idea']);
  });

  it('goes from the idea to the note, how it felt, and thanks, or Heavier’s own answer', () => {
    expect(walk('idea', { kind: 'write' }, { kind: 'sent' }, { kind: 'reflected', feeling: 'lighter' })).toEqual(['idea', 'writing', 'reflect', 'thanks']);
    expect(walk('idea', { kind: 'write' }, { kind: 'sent' }, { kind: 'reflected' })).toEqual(['idea', 'writing', 'reflect', 'thanks']);
    expect(walk('reflect', { kind: 'reflected', feeling: 'heavier' })).toEqual(['reflect', 'heavy']);
  });

  it('ends with a calm line on Not now (the idea or the note), Low energy today and an idea done', () => {
    expect(nextView('idea', { kind: 'not-now' })).toBe('not-now');
    expect(nextView('writing', { kind: 'not-now' })).toBe('not-now');
    expect(nextView('idea', { kind: 'rest' })).toBe('resting');
    expect(nextView('idea', { kind: 'did-it' })).toBe('did-it');
    expect(ALL_VIEWS.filter(endsWithCalmLine)).toEqual(['resting', 'not-now', 'did-it']);
  });

  it('changes nothing on an event that does not belong to the view', () => {
    expect(nextView('energy', { kind: 'write' })).toBe('energy');
    expect(nextView('thanks', { kind: 'not-now' })).toBe('thanks');
    expect(nextView('heavy', { kind: 'reflected', feeling: 'lighter' })).toBe('heavy');
    expect(nextView('resting', { kind: 'energy', level: 'good' })).toBe('resting');
    expect(nextView('low-day', { kind: 'rest' })).toBe('low-day');
  });

  it('gives only the note and what follows it a taller card, so no answer about oneself changes its size', () => {
    expect(ALL_VIEWS.filter(isWritingView)).toEqual(['writing', 'reflect', 'thanks', 'heavy']);
  });

  it('counts the person as under way everywhere but the question, the idea and rest', () => {
    expect(ALL_VIEWS.filter((view) => !isUnderWay(view))).toEqual(['energy', 'idea', 'resting']);
  });
});

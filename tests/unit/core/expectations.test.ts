import { expectationInsight, PAIRS_BEFORE_INSIGHT, type Awkwardness } from '../../../src/core/expectations';
import { applyStep, newNudge } from '../../../src/core/nudge';

const pair = (expected: Awkwardness, actual: Awkwardness) => ({ status: 'sent' as const, expectedAwkward: expected, actualAwkward: actual });

describe('expected versus actual', () => {
  it('says nothing until a few pairs are told', () => {
    expect(PAIRS_BEFORE_INSIGHT).toBe(3);
    expect(expectationInsight([pair(4, 2), pair(5, 1)])).toBeUndefined();
    // Half a pair is not a pair.
    expect(expectationInsight([pair(4, 2), pair(5, 1), { status: 'sent', expectedAwkward: 4 }, { status: 'sent', actualAwkward: 1 }])).toBeUndefined();
  });

  it('counts only notes that were sent', () => {
    expect(expectationInsight([pair(4, 2), pair(5, 1), { ...pair(4, 1), status: 'writing' }])).toBeUndefined();
  });

  it('says it felt easier, with the counts, when most did', () => {
    expect(expectationInsight([pair(4, 2), pair(5, 1), pair(2, 3)])).toEqual({ kind: 'easier', easier: 2, pairs: 3 });
    expect(expectationInsight([...Array.from({ length: 7 }, () => pair(4, 2)), pair(3, 3), pair(2, 4)])).toEqual({ kind: 'easier', easier: 7, pairs: 9 });
  });

  it('speaks gently, with no numbers, when most did not', () => {
    // Half is not most; as awkward as expected is not easier.
    expect(expectationInsight([pair(4, 2), pair(5, 1), pair(3, 3), pair(2, 4)])).toEqual({ kind: 'gently' });
    expect(expectationInsight([pair(3, 3), pair(3, 3), pair(3, 3)])).toEqual({ kind: 'gently' });
  });
});

describe('the expectation and the feeling as steps of a note', () => {
  const NOW = new Date(2026, 10, 25, 9).getTime();
  const fresh = newNudge(
    { origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'A thank-you?', draft: 'Thanks.' }, status: 'writing' },
    NOW,
    240,
  );

  it('keeps how awkward it is expected to be while the note is open, and not after', () => {
    const expected = applyStep(fresh, { kind: 'expect', awkward: 4 }, NOW + 1);
    expect(expected).toMatchObject({ ok: true, nudge: { expectedAwkward: 4, status: 'writing' } });
    const sent = applyStep(fresh, { kind: 'sent', text: 'Thanks.' }, NOW + 2);
    if (!sent.ok) throw new Error('not sent');
    expect(applyStep(sent.nudge, { kind: 'expect', awkward: 2 }, NOW + 3).ok).toBe(false);
  });

  it('keeps how it actually felt only once it was sent', () => {
    expect(applyStep(fresh, { kind: 'felt', awkward: 2 }, NOW + 1).ok).toBe(false);
    const sent = applyStep(fresh, { kind: 'sent', text: 'Thanks.' }, NOW + 2);
    if (!sent.ok) throw new Error('not sent');
    expect(applyStep(sent.nudge, { kind: 'felt', awkward: 2 }, NOW + 3)).toMatchObject({ ok: true, nudge: { actualAwkward: 2, status: 'sent' } });
  });
});

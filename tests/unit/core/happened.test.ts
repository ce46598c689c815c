import { whatHappened } from '../../../src/core/happened';
import { helloFields, MAX_HELLO_LINE } from '../../../src/core/hellos';
import { newNudge, type Nudge, type NudgeStatus } from '../../../src/core/nudge';

const NOW = new Date(2026, 10, 25, 12).getTime();
const nudge = (id: number, status: NudgeStatus, minutesAgo: number): Nudge => ({
  ...newNudge(
    { origin: 'page', site: 'gmail', suggestion: { templateId: 'thanks_reply', prompt: `Idea ${id}`, draft: 'Thanks.' }, status },
    NOW - minutesAgo * 60_000,
    240,
  ),
  id,
  ...(status === 'sent' ? { sentAt: NOW - minutesAgo * 60_000 + 1 } : {}),
});

describe('what happened', () => {
  it('lists notes sent and hellos made, newest first, and nothing that did not happen', () => {
    const nudges = (['shown', 'writing', 'sent', 'dismissed', 'snoozed', 'muted'] as const).map((status, index) => nudge(index + 1, status, 60 - index));
    const listed = whatHappened(nudges, [{ id: 9, at: NOW - 30 * 60_000, day: '2026-11-25', line: 'Coffee with Ana' }], 10);
    expect(listed.map((entry) => (entry.kind === 'note' ? entry.nudge.id : `hello ${entry.hello.id}`))).toEqual(['hello 9', 3]);
  });

  it('keeps to the limit', () => {
    const nudges = Array.from({ length: 5 }, (_, index) => nudge(index + 1, 'sent', index));
    expect(whatHappened(nudges, [], 3).map((entry) => entry.at)).toEqual([NOW + 1, NOW - 60_000 + 1, NOW - 120_000 + 1]);
  });
});

describe('a hello made elsewhere, as the form hands it in', () => {
  it('keeps a trimmed line and the person, and nothing empty', () => {
    expect(helloFields({ personId: 3, personName: 'Maya', line: '  a walk  ' })).toEqual({ personId: 3, personName: 'Maya', line: 'a walk' });
    expect(helloFields({ line: '   ' })).toEqual({});
    expect(helloFields({ personName: 'Maya', line: '' })).toEqual({});
  });

  it('keeps a line no longer than the limit', () => {
    expect(helloFields({ line: 'x'.repeat(MAX_HELLO_LINE + 50) }).line).toHaveLength(MAX_HELLO_LINE);
  });
});

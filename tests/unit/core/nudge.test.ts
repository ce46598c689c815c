import { applyStep, isOpen, newNudge, type Nudge, type NudgeStatus, type NudgeStep } from '../../../src/core/nudge';
import { dayKey } from '../../../src/core/time';

const FOUR_AM = 4 * 60;
const SHOWN_AT = new Date(2026, 10, 25, 9, 0).getTime();
const later = (minutesAfter: number) => SHOWN_AT + minutesAfter * 60_000;

const suggestion = { templateId: 'thanks_reply', prompt: 'A line of thanks?', draft: 'Thank you for this.' };

function nudge(status: NudgeStatus = 'shown', extra: Partial<Nudge> = {}): Nudge {
  return { ...newNudge({ origin: 'page', site: 'gmail', suggestion }, SHOWN_AT, FOUR_AM), status, ...extra };
}

function step(from: Nudge, next: NudgeStep, now: number): Nudge {
  const result = applyStep(from, next, now);
  if (!result.ok) throw new Error(`step ${next.kind} refused from ${from.status}`);
  return result.nudge;
}

describe('newNudge', () => {
  it('starts shown, stamped with the time and the day it belongs to', () => {
    const created = newNudge({ origin: 'page', site: 'gmail', suggestion }, SHOWN_AT, FOUR_AM);
    expect(created).toEqual({
      origin: 'page',
      site: 'gmail',
      shownAt: SHOWN_AT,
      day: dayKey(SHOWN_AT, FOUR_AM),
      suggestion,
      status: 'shown',
      updatedAt: SHOWN_AT,
    });
  });

  it('leaves out the site for a popup nudge', () => {
    const created = newNudge({ origin: 'popup', suggestion, status: 'writing' }, SHOWN_AT, FOUR_AM);
    expect(created).not.toHaveProperty('site');
    expect(created.status).toBe('writing');
  });
});

describe('applyStep', () => {
  it('walks shown → writing → sent → reflected', () => {
    const writing = step(nudge(), { kind: 'writing' }, later(1));
    expect(writing.status).toBe('writing');
    const sent = step(writing, { kind: 'sent', text: 'Thanks, truly.' }, later(3));
    expect(sent.status).toBe('sent');
    const reflected = step(sent, { kind: 'reflect', feeling: 'lighter', note: ' it felt kind ' }, later(4));
    expect(reflected).toMatchObject({ status: 'sent', feeling: 'lighter', genuineNote: 'it felt kind', finalText: 'Thanks, truly.' });
  });

  it('moves updatedAt to the time of each step and keeps shownAt', () => {
    const writing = step(nudge(), { kind: 'writing' }, later(2));
    expect(writing.updatedAt).toBe(later(2));
    expect(writing.shownAt).toBe(SHOWN_AT);
    const sent = step(writing, { kind: 'sent', text: 'x' }, later(7));
    expect(sent.updatedAt).toBe(later(7));
  });

  it('does not change the nudge it was given', () => {
    const original = nudge();
    const copy = structuredClone(original);
    step(original, { kind: 'sent', text: 'Hello' }, later(1));
    expect(original).toEqual(copy);
  });

  it('keeps the edited text and the time of sending', () => {
    const sent = step(nudge('writing'), { kind: 'sent', text: 'My own words, edited.' }, later(5));
    expect(sent.finalText).toBe('My own words, edited.');
    expect(sent.sentAt).toBe(later(5));
  });

  it('remembers the channel and the text when a channel is opened, and moves to writing', () => {
    const opened = step(nudge('shown'), { kind: 'channel', channel: 'gmail', text: 'Draft v2' }, later(1));
    expect(opened).toMatchObject({ status: 'writing', channel: 'gmail', finalText: 'Draft v2', updatedAt: later(1) });
  });

  it('lets a channel change follow a sent note without reopening it', () => {
    const sent = step(nudge('writing'), { kind: 'sent', text: 'Sent text' }, later(2));
    const copied = step(sent, { kind: 'channel', channel: 'copy', text: 'Sent text' }, later(3));
    expect(copied).toMatchObject({ status: 'sent', channel: 'copy', sentAt: later(2) });
  });

  it('leaves the reflection note out when it is only spaces', () => {
    const reflected = step(nudge('sent', { sentAt: later(1) }), { kind: 'reflect', feeling: 'same', note: '   ' }, later(2));
    expect(reflected.feeling).toBe('same');
    expect(reflected.genuineNote).toBeUndefined();
  });

  it.each(['shown', 'writing'] as const)('refuses a reflection while the nudge is %s', (status) => {
    expect(applyStep(nudge(status), { kind: 'reflect', feeling: 'lighter', note: '' }, later(1))).toEqual({
      ok: false,
      error: 'step-not-allowed',
    });
  });

  it.each([
    [{ kind: 'dismiss' }, 'dismissed'],
    [{ kind: 'mute' }, 'muted'],
  ] as const)('settles an open nudge with %j as %s', (settling, status) => {
    for (const from of ['shown', 'writing'] as const) {
      const settled = step(nudge(from), settling, later(1));
      expect(settled.status).toBe(status);
      expect(settled.updatedAt).toBe(later(1));
    }
  });

  it.each([
    [{ kind: 'dismiss' }, 'dismissed'],
    [{ kind: 'mute' }, 'muted'],
  ] as const)('accepts a repeated %j on a nudge already %s, changing nothing', (settling, status) => {
    const settled = nudge(status, { updatedAt: later(1) });
    expect(applyStep(settled, settling, later(9))).toEqual({ ok: true, nudge: settled });
  });

  const closedStatuses: NudgeStatus[] = ['sent', 'dismissed', 'snoozed', 'muted'];
  const settlingSteps: NudgeStep[] = [{ kind: 'dismiss' }, { kind: 'mute' }];

  it.each(closedStatuses)('refuses to dismiss or mute in a different way once the nudge is %s', (status) => {
    for (const settling of settlingSteps) {
      const result = applyStep(nudge(status), settling, later(2));
      const repeat = (settling.kind === 'dismiss' && status === 'dismissed') || (settling.kind === 'mute' && status === 'muted');
      expect(result.ok).toBe(repeat);
    }
  });

  it.each(closedStatuses)('refuses to go back to writing once the nudge is %s', (status) => {
    expect(applyStep(nudge(status), { kind: 'writing' }, later(1)).ok).toBe(false);
  });

  it.each(['dismissed', 'snoozed', 'muted'] as const)('refuses sent, channel and reflect on a nudge %s', (status) => {
    const closed = nudge(status);
    expect(applyStep(closed, { kind: 'sent', text: 'x' }, later(1)).ok).toBe(false);
    expect(applyStep(closed, { kind: 'channel', channel: 'copy', text: 'x' }, later(1)).ok).toBe(false);
    expect(applyStep(closed, { kind: 'reflect', feeling: 'heavier', note: '' }, later(1)).ok).toBe(false);
  });
});

describe('isOpen', () => {
  it('is true only while shown or writing', () => {
    const statuses: NudgeStatus[] = ['shown', 'writing', 'sent', 'dismissed', 'snoozed', 'muted'];
    expect(statuses.filter((status) => isOpen({ status }))).toEqual(['shown', 'writing']);
  });
});

describe('the subject line of an email note', () => {
  it('is kept with the idea when a step carries it, and left as it was when a step does not', () => {
    const start = newNudge({ origin: 'popup', suggestion: { templateId: 'thanks_reply', prompt: 'P', draft: 'D' } }, 1_000, 0);
    const drafted = step(start, { kind: 'draft', text: 'Hi', subject: 'For Maya' }, 2_000);
    expect(drafted.suggestion.subject).toBe('For Maya');
    expect(step(drafted, { kind: 'sent', text: 'Hi' }, 3_000).suggestion.subject).toBe('For Maya');
  });
});

import type { Nudge } from './nudge';
import { dayStart } from './time';

/**
 * A small hello made away from the suggestions: "I connected with someone" (a chat with a
 * neighbour, a call, a coffee), or a ritual the person did. It counts as much as a sent
 * note, and when it names someone it starts their rhythm again: contact made elsewhere
 * is contact.
 */
export interface Hello {
  id?: number;
  /** When the person said it happened. */
  at: number;
  /** The day (see core/time) it belongs to. */
  day: string;
  personId?: number;
  /** The name as it was then, so the history still reads well if the person is deleted. */
  personName?: string;
  /** A line in the person's own words: "coffee with Ana after work". */
  line?: string;
  /** Set when the hello was a ritual done. */
  ritualId?: number;
}

/** The longest line a hello keeps. */
export const MAX_HELLO_LINE = 200;

/** A hello as the popup's form hands it in: trimmed, nothing empty kept. */
export function helloFields(input: {
  personId?: number | undefined;
  personName?: string | undefined;
  line: string;
}): Pick<Hello, 'personId' | 'personName' | 'line'> {
  const line = input.line.trim().slice(0, MAX_HELLO_LINE);
  return {
    ...(input.personId !== undefined ? { personId: input.personId } : {}),
    ...(input.personId !== undefined && input.personName ? { personName: input.personName } : {}),
    ...(line ? { line } : {}),
  };
}

/** A sent note counts from when it was sent; an idea done away from the screen the same. */
export function sentAtOf(nudge: Pick<Nudge, 'sentAt' | 'updatedAt'>): number {
  return nudge.sentAt ?? nudge.updatedAt;
}

/** Whether any small hello (a note sent, an idea done, a hello logged) happened in the person's day containing `now`. */
export function madeAHelloToday(
  nudges: readonly Pick<Nudge, 'status' | 'sentAt' | 'updatedAt'>[],
  hellos: readonly Pick<Hello, 'at'>[],
  now: number,
  dayStartsAtMinutes: number,
): boolean {
  const start = dayStart(now, dayStartsAtMinutes);
  const today = (at: number) => at >= start && at <= now;
  return nudges.some((n) => n.status === 'sent' && today(sentAtOf(n))) || hellos.some((h) => today(h.at));
}

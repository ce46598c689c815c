import type { CardStep, ErrorCode } from '../../messages';

/** The steps the write flow itself takes; opening and putting away belong to its host. */
export type FlowStep = Extract<CardStep, { kind: 'draft' | 'channel' | 'sent' | 'reflect' | 'expect' | 'felt' }>;

/** A saved step, or the reason it was not saved. A background reply and a repository result both fit. */
export type StepOutcome = { ok: true } | { ok: false; error: ErrorCode };

/**
 * How a host runs the write flow: the card sends each step to the background, the popup
 * records it in the database itself. `close` is called when the flow has finished.
 */
export interface FlowActions {
  step(step: FlowStep): Promise<StepOutcome>;
  close(): void;
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { endsWithCalmLine, nextView, openingView, type FlowEvent, type FlowView } from '../../../core/flow';
import { type LowDayChoice } from '../../../core/energy';
import type { NudgeStep } from '../../../core/nudge-step';
import type { EnergyAnswer } from '../../../core/energy';
import type { MessageKey } from '../../../i18n';
import type { NudgeView, Reply } from '../../../messages';
import { sendRequest } from '../../../messaging';
import type { ReflectionChoice } from '../Reflection';
import { writeProblem } from '../save-problem';

/** Where the flow is: loading the idea, one of its views, or gone (ended, or nothing to show). */
export type FlowPhase = FlowView | 'loading' | 'gone';

/** The steps the note takes while it is written; the flow's own moves have their own names below. */
export type WritingStep = Extract<NudgeStep, { kind: 'draft' | 'channel' | 'expect' }>;

export interface FlowOptions {
  /** Asks the background for the idea: the card's own, or the popup's for today. */
  load(): Promise<Reply<NudgeView>>;
  /**
   * With a linger (the card): a calm line that ends the flow stays this long, counted from
   * the click, and then the flow ends. Without (the popup), the line simply stays.
   */
  lingerMs?: number | undefined;
  /** The flow ended: its calm line was read, the person put it away, or there was nothing to show. */
  onEnd(): void;
}

/**
 * One idea, its steps and every write, the same on the card and in the popup: the view
 * follows core/flow.ts, and every step goes to the background, which alone writes it.
 */
export interface IdeaFlow {
  readonly view: FlowPhase;
  readonly nudge: NudgeView | undefined;
  readonly error: MessageKey | undefined;
  readonly askingAnother: boolean;
  /** How many times the person has moved the flow on: 0 while it is as it opened. */
  readonly turns: number;
  answerEnergy(level: EnergyAnswer['level']): void;
  chooseLowDay(choice: LowDayChoice): void;
  write(): void;
  notNow(): void;
  /** Low energy today: the cards rest until the day ends. */
  rest(): void;
  /** An idea away from the screen, done: a small hello. */
  didIt(): void;
  another(): void;
  /** Saves a step of the note; a failure is shown in plain words. Returns whether it was saved. */
  save(step: WritingStep): Promise<boolean>;
  sent(text: string, subject: string | undefined): Promise<void>;
  reflect(choice: ReflectionChoice): Promise<void>;
  /** Puts an open idea away at once (the card's ×), as Not now without its calm line. */
  putAway(): void;
  /** Ends the flow now. */
  end(): void;
  /** Whether the person ended the flow here and its calm line is under way. */
  isEnding(): boolean;
  /** Reads the idea again: it changed elsewhere (the popup wrote it). */
  reload(): void;
}

export function useIdeaFlow({ load, lingerMs, onEnd }: FlowOptions): IdeaFlow {
  const [view, setView] = useState<FlowPhase>('loading');
  const [nudge, setNudge] = useState<NudgeView>();
  const [error, setError] = useState<MessageKey>();
  const [askingAnother, setAskingAnother] = useState(false);
  const [turns, setTurns] = useState(0);
  const ending = useRef(false);
  /** Requests of this flow still unanswered: a change heard meanwhile may be this flow's own. */
  const inFlight = useRef(0);
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef({ load, onEnd, nudge, view });
  latest.current = { load, onEnd, nudge, view };

  const end = () => {
    clearTimeout(closing.current);
    ending.current = true;
    setView('gone');
    latest.current.onEnd();
  };

  const move = (event: FlowEvent) => {
    setView((current) => (current === 'loading' || current === 'gone' ? current : nextView(current, event)));
    setTurns((count) => count + 1);
  };

  /** One request to the background; a failure is said in plain words. Returns the value, or undefined. */
  const ask = async <T>(request: Promise<Reply<T>>, what: string): Promise<T | undefined> => {
    setError(undefined);
    inFlight.current += 1;
    const reply = await request.finally(() => {
      inFlight.current -= 1;
    });
    if (reply.ok) return reply.value;
    console.error(`Small Hellos could not ${what}:`, reply.error);
    setError(writeProblem(reply.error));
    return undefined;
  };

  const open = async (isCurrent: () => boolean) => {
    const reply = await latest.current.load();
    if (!isCurrent()) return;
    const opening = reply.ok ? openingView(reply.value) : undefined;
    if (!reply.ok || !opening) {
      // An idea that cannot be found or read stays away: there is nothing to show.
      if (!reply.ok) {
        console.warn('Small Hellos has no idea to show:', reply.error);
        if (reply.error !== 'not-found') setError(writeProblem(reply.error, 'storageUnavailable'));
      }
      end();
      return;
    }
    setNudge(reply.value);
    setView(opening);
  };

  useEffect(() => {
    let current = true;
    void open(() => current);
    return () => {
      current = false;
      clearTimeout(closing.current);
    };
  }, []);

  const idOf = () => latest.current.nudge?.id;
  const step = (id: number, next: NudgeStep) => sendRequest({ type: 'nudge-step', id, step: next });

  /**
   * Ends with a calm line. The close is counted from the click, not from the background's
   * answer, so that a slower write (resting, say) never shows in how long the card stays;
   * a failed write is said instead, and the flow stays.
   */
  const endWith = async (event: FlowEvent, request: Promise<Reply<unknown>>, what: string) => {
    const clickedAt = performance.now();
    ending.current = true;
    if ((await ask(request, what)) === undefined) {
      ending.current = false;
      return;
    }
    move(event);
    if (lingerMs === undefined) return;
    clearTimeout(closing.current);
    closing.current = setTimeout(end, Math.max(0, clickedAt + lingerMs - performance.now()));
  };

  return {
    view,
    nudge,
    error,
    askingAnother,
    turns,
    answerEnergy(level) {
      const id = idOf();
      if (id === undefined) return;
      void ask(sendRequest({ type: 'energy', level, id }), 'keep today’s energy').then((value) => {
        if (!value) return;
        if (value.view) setNudge(value.view);
        move({ kind: 'energy', level });
      });
    },
    chooseLowDay(choice) {
      const id = idOf();
      if (id === undefined || ending.current) return;
      const request = sendRequest({ type: 'low-day', choice, id });
      if (choice === 'rest') {
        void endWith({ kind: 'low-day', choice }, request, 'rest for the day');
        return;
      }
      void ask(request, 'keep that choice').then((value) => {
        if (!value) return;
        if (value.view) setNudge(value.view);
        move({ kind: 'low-day', choice });
      });
    },
    write() {
      const id = idOf();
      if (id === undefined) return;
      void ask(step(id, { kind: 'writing' }), 'start the note').then((value) => value && move({ kind: 'write' }));
    },
    notNow() {
      const id = idOf();
      if (id !== undefined && !ending.current) void endWith({ kind: 'not-now' }, step(id, { kind: 'dismiss' }), 'put the idea away');
    },
    rest() {
      const id = idOf();
      if (id !== undefined && !ending.current) void endWith({ kind: 'rest' }, step(id, { kind: 'mute' }), 'rest for the day');
    },
    didIt() {
      const id = idOf();
      if (id !== undefined && !ending.current) void endWith({ kind: 'did-it' }, step(id, { kind: 'sent', text: '' }), 'keep that hello');
    },
    another() {
      const id = idOf();
      if (id === undefined || askingAnother) return;
      setAskingAnother(true);
      void ask(sendRequest({ type: 'nudge-another', id }), 'find another idea').then((value) => {
        setAskingAnother(false);
        if (!value) return;
        setNudge(value);
        setTurns((count) => count + 1);
      });
    },
    async save(next) {
      const id = idOf();
      return id !== undefined && (await ask(step(id, next), 'save a step')) !== undefined;
    },
    async sent(text, subject) {
      const id = idOf();
      const saved = id !== undefined && (await ask(step(id, { kind: 'sent', text, ...(subject === undefined ? {} : { subject }) }), 'keep the note as sent'));
      if (saved) move({ kind: 'sent' });
    },
    async reflect(choice) {
      const id = idOf();
      if (id === undefined) return;
      if (choice?.actual && !(await ask(step(id, { kind: 'felt', awkward: choice.actual }), 'keep how it felt'))) return;
      if (choice?.feeling && !(await ask(step(id, { kind: 'reflect', feeling: choice.feeling, note: choice.note }), 'keep how it felt'))) return;
      move({ kind: 'reflected', feeling: choice?.feeling });
    },
    putAway() {
      const id = idOf();
      if (id === undefined || ending.current) return end();
      ending.current = true;
      void ask(step(id, { kind: 'dismiss' }), 'put the idea away').then((value) => {
        if (value) end();
        else ending.current = false;
      });
    },
    end,
    isEnding() {
      const current = latest.current.view;
      return ending.current || (current !== 'loading' && current !== 'gone' && endsWithCalmLine(current));
    },
    reload() {
      // A change heard while this flow's own step is on its way is that step's echo.
      if (ending.current || inFlight.current > 0) return;
      void latest.current.load().then((reply) => {
        const current = latest.current.view;
        // Only an idea not yet settled here can have been settled elsewhere.
        const open = current === 'energy' || current === 'low-day' || current === 'idea' || current === 'writing';
        if (ending.current || inFlight.current > 0 || !open) return;
        // Settled elsewhere (sent or put away in the popup): nothing is left to do here.
        if (!reply.ok || !openingView(reply.value)) end();
        else setNudge(reply.value);
      });
    },
  };
}

import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { channelsFor, channelUrl, type ChannelId, type Draft, type Mailbox } from '../../core/compose';
import type { Awkwardness } from '../../core/expectations';
import { isSiteId, siteById, type SiteId } from '../../core/moments';
import { greetingOf, insertAfterGreeting } from '../../core/greeting';
import { MAX_NOTE_LENGTH, type Suggestion } from '../../core/nudge';
import { kindReplyAsks, offersKindReply } from '../../core/templates';
import { t, type MessageKey } from '../../i18n';
import { ActionButton } from './ActionButton';
import { AwkwardScale } from './AwkwardScale';
import { copyText } from './copy-text';
import { ErrorNotice } from './ErrorNotice';
import { HeavyAnswer } from './HeavyAnswer';
import type { FlowActions, FlowStep } from './flow-actions';
import { KindReply } from './KindReply';
import { Reflection, type ReflectionChoice } from './Reflection';
import { LINGER_MS, useTimeout } from './use-timeout';
import { writeProblem } from './save-problem';

const CHANNEL_LABELS: Record<ChannelId, MessageKey> = {
  gmail: 'openInGmail',
  outlook: 'openInOutlook',
  email: 'channelEmail',
  sms: 'sendByText',
  whatsapp: 'sendByWhatsapp',
  profile: 'openProfile',
  copy: 'channelCopy',
};


export interface WriteFlowProps {
  suggestion: Suggestion;
  /** The site the card appeared on; its own compose window is offered first. */
  site?: SiteId | undefined;
  /** The note as last saved, when the person comes back to it. */
  initialText?: string | undefined;
  /** The mailbox the card's page belongs to: its compose window opens in the same account. */
  mailbox?: Mailbox | undefined;
  /** How awkward the person said they expected this note to feel, when they come back to it. */
  expected?: Awkwardness | undefined;
  actions: FlowActions;
  /** Move focus to the note when the flow opens: only after the person asked for it. */
  takeFocus?: boolean;
  /** Offered beside "I sent it" while writing: putting the note away costs nothing. */
  onNotNow?: (() => void) | undefined;
  closeDelayMs?: number;
}

/** After a reflection: thanks, or, after Heavier, a caring answer that stays. */
type Phase = 'write' | 'reflect' | 'thanks' | 'heavy';

/**
 * Writing a note, sending it the person's own way, and a short reflection. The one
 * implementation shared by the in-page card and the popup. It never sends anything: each
 * channel opens a place where the person sends the note themselves.
 */
export function WriteFlow({
  suggestion,
  site,
  initialText,
  mailbox,
  expected: initialExpected,
  actions,
  takeFocus = false,
  onNotNow,
  closeDelayMs = LINGER_MS,
}: WriteFlowProps) {
  const [phase, setPhase] = useState<Phase>('write');
  const [text, setText] = useState(initialText ?? suggestion.draft);
  const [expected, setExpected] = useState(initialExpected);
  const [status, setStatus] = useState<MessageKey>();
  const [error, setError] = useState<MessageKey>();
  const statusLine = useRef<HTMLParagraphElement>(null);

  useTimeout(phase === 'thanks', closeDelayMs, actions.close);
  useEffect(() => {
    if (phase === 'thanks') statusLine.current?.focus();
  }, [phase]);

  /** Saves one step; a failure is shown in plain words and the person's text stays put. */
  const save = async (step: FlowStep): Promise<boolean> => {
    setError(undefined);
    let failure: unknown;
    try {
      const outcome = await actions.step(step);
      if (outcome.ok) return true;
      failure = outcome.error;
    } catch (cause) {
      failure = cause;
    }
    console.error('Small Hellos could not save a step:', failure);
    setError(writeProblem(failure));
    return false;
  };

  const finish = async (choice: ReflectionChoice) => {
    if (choice?.actual && !(await save({ kind: 'felt', awkward: choice.actual }))) return;
    if (choice?.feeling && !(await save({ kind: 'reflect', feeling: choice.feeling, note: choice.note }))) return;
    // Heavier is heard: no thanks-and-gone, and nothing new offered straight after.
    if (choice?.feeling === 'heavier') {
      setPhase('heavy');
      return;
    }
    setStatus('thanksForReachingOut');
    setPhase('thanks');
  };

  /** How awkward the person expects this to feel: kept as soon as it is tapped. */
  const expect = async (level: Awkwardness) => {
    if (await save({ kind: 'expect', awkward: level })) setExpected(level);
  };

  return (
    <div class="stack">
      {phase === 'write' && (
        <Writing
          suggestion={suggestion}
          site={site}
          mailbox={mailbox}
          text={text}
          onText={setText}
          expected={expected}
          onExpect={(level) => void expect(level)}
          takeFocus={takeFocus}
          save={save}
          onNotNow={onNotNow}
          onStatus={setStatus}
          onSent={() => {
            setStatus(undefined);
            setPhase('reflect');
          }}
        />
      )}
      {phase === 'reflect' && <Reflection askActual={expected !== undefined} onFinish={(choice) => void finish(choice)} />}
      {phase === 'heavy' && <HeavyAnswer />}
      <p ref={statusLine} tabIndex={-1} role="status" class="status">
        {status ? t(status) : ''}
      </p>
      <ErrorNotice message={error} />
    </div>
  );
}

interface WritingProps {
  suggestion: Suggestion;
  site: SiteId | undefined;
  mailbox: Mailbox | undefined;
  text: string;
  onText(text: string): void;
  expected: Awkwardness | undefined;
  onExpect(level: Awkwardness): void;
  takeFocus: boolean;
  save(step: FlowStep): Promise<boolean>;
  onNotNow: (() => void) | undefined;
  onStatus(status: MessageKey | undefined): void;
  onSent(): void;
}

function Writing({ suggestion, site, mailbox, text, onText, expected, onExpect, takeFocus, save, onNotNow, onStatus, onSent }: WritingProps) {
  const note = useRef<HTMLTextAreaElement>(null);
  /** Where the caret goes once a kind reply is in the note. */
  const caretAfterReply = useRef<number | undefined>(undefined);
  const noteId = useId();
  const hintId = useId();
  const channelsId = useId();
  const draft: Draft = {
    body: text,
    mailbox,
    to: suggestion.email,
    subject: suggestion.subject,
    phone: suggestion.phone,
    profileUrl: suggestion.profileUrl,
  };
  // A channel whose contact detail is unknown has no link, so it is not offered.
  const channels = channelsFor(site && isSiteId(site) ? siteById(site) : undefined, draft, suggestion.preferredChannel).flatMap(
    (channel): { channel: ChannelId; url?: string }[] => {
      if (channel === 'copy') return [{ channel }];
      const url = channelUrl(channel, draft);
      return url ? [{ channel, url }] : [];
    },
  );

  useEffect(() => {
    if (takeFocus) note.current?.focus();
    // Only when the flow opens; later renders must not move focus.
  }, []);

  useEffect(() => {
    const caret = caretAfterReply.current;
    if (caret === undefined || !note.current) return;
    caretAfterReply.current = undefined;
    // The person just asked for the reply, so their note may take focus to go on writing.
    note.current.focus();
    note.current.setSelectionRange(caret, caret);
  }, [text]);

  /** The kind reply goes right after the greeting ("Hi Jo,"), before the rest of the note. */
  const addReply = (reply: string) => {
    const withReply = insertAfterGreeting(text, reply);
    caretAfterReply.current = Math.min((greetingOf(text) ?? '').length + reply.trim().length, MAX_NOTE_LENGTH);
    onText(withReply.slice(0, MAX_NOTE_LENGTH));
    onStatus('empathyAdded');
  };

  const markSaved = useDraftSaving(text, save);

  const open = (channel: ChannelId, url: string) => {
    onStatus(undefined);
    markSaved(text);
    const saving = save({ kind: 'channel', channel, text });
    // Opened inside the click, before any await, so the browser keeps it as the person's
    // own action and does not block the new tab.
    window.open(url, '_blank', 'noopener');
    void saving;
  };

  const copy = async () => {
    onStatus(undefined);
    const copied = await copyText(text, note.current);
    onStatus(copied ? 'copied' : 'copyFailed');
    markSaved(text);
    await save({ kind: 'channel', channel: 'copy', text });
  };

  const sent = async () => {
    markSaved(text);
    if (await save({ kind: 'sent', text })) onSent();
  };

  return (
    <div class="stack">
      <div class="field">
        <label for={noteId}>{t('yourNote')}</label>
        <textarea
          id={noteId}
          ref={note}
          rows={4}
          maxLength={MAX_NOTE_LENGTH}
          value={text}
          aria-describedby={hintId}
          onInput={(event) => onText(event.currentTarget.value)}
        />
        <span id={hintId} class="muted">
          {t('yourNoteHint')}
        </span>
      </div>
      {offersKindReply(suggestion.templateId) && <KindReply onAdd={addReply} withQuestion={kindReplyAsks(suggestion.templateId)} />}
      <AwkwardScale question="awkwardExpectQuestion" value={expected} onChoose={onExpect} />
      <div class="stack" role="group" aria-labelledby={channelsId}>
        <p id={channelsId} class="muted">
          {t('sendItYourWay')}
        </p>
        <div class="row">
          {channels.map(({ channel, url }) => (
            <ActionButton key={channel} class="button" onClick={() => (url === undefined ? void copy() : open(channel, url))}>
              {t(CHANNEL_LABELS[channel])}
            </ActionButton>
          ))}
        </div>
        {channels.some(({ channel }) => channel === 'profile') && <p class="muted">{t('openProfileHint')}</p>}
      </div>
      <div class="row">
        <ActionButton class="button button--primary" onClick={() => void sent()}>
          {t('iSentIt')}
        </ActionButton>
        {onNotNow && (
          <ActionButton class="button button--quiet" onClick={onNotNow}>
            {t('notNow')}
          </ActionButton>
        )}
      </div>
    </div>
  );
}

/** How long typing pauses before the note is saved. */
export const DRAFT_SAVE_MS = 400;

/**
 * Saves the note as it is typed, a moment after each pause and at once when the page goes
 * away (the popup closes on any click outside it), so that no word is lost.
 */
function useDraftSaving(text: string, save: (step: FlowStep) => Promise<boolean>): (text: string) => void {
  const saved = useRef(text);
  const latest = useRef(text);
  latest.current = text;
  const latestSave = useRef(save);
  latestSave.current = save;

  const flush = () => {
    if (latest.current === saved.current) return;
    saved.current = latest.current;
    void latestSave.current({ kind: 'draft', text: latest.current });
  };

  useEffect(() => {
    const timer = setTimeout(flush, DRAFT_SAVE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  // A step that carries the text (a channel, I sent it) saves it too.
  return (text: string) => {
    saved.current = text;
  };
}

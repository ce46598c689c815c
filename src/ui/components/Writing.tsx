import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { CHANNEL_TABLE, channelsFor, channelUrl, type ChannelId, type Draft } from '../../core/compose';
import type { Awkwardness } from '../../core/expectations';
import { greetingOf, insertAfterGreeting } from '../../core/greeting';
import { isSiteId, siteById } from '../../core/moments';
import { MAX_NOTE_LENGTH, MAX_SUBJECT_LENGTH } from '../../core/nudge';
import { kindReplyAsks, offersKindReply } from '../../core/templates';
import { t, type MessageKey } from '../../i18n';
import type { NudgeView } from '../../messages';
import { ActionButton } from './ActionButton';
import { Field } from './Field';
import { TextField } from './TextField';
import { AwkwardScale } from './AwkwardScale';
import { copyText } from './copy-text';
import type { IdeaFlow } from './flow/use-idea-flow';
import { KindReply } from './KindReply';
import { keepStartInView, useGrowingField } from './note-field';
import { useDraftSaving } from './use-draft-saving';

export interface WritingProps {
  nudge: NudgeView;
  flow: IdeaFlow;
  /** How awkward the person said they expect this to feel, and the way to say it. */
  expected: Awkwardness | undefined;
  onExpected(level: Awkwardness): void;
  /** Move focus to the note when it opens: only after the person asked for it. */
  takeFocus: boolean;
}

/**
 * The note, editable and saved as it is typed, with the channels that fit: each opens a
 * place where the person sends it themselves. "I sent it" becomes the main step once a
 * channel was used; before that it is there, quietly, for a note sent some other way.
 */
export function Writing({ nudge, flow, expected, onExpected, takeFocus }: WritingProps) {
  const { suggestion } = nudge;
  const [text, setText] = useState(nudge.finalText ?? suggestion.draft);
  const [subject, setSubject] = useState(suggestion.subject ?? t('noteSubject'));
  const [channelUsed, setChannelUsed] = useState(nudge.channelUsed === true);
  const [status, setStatus] = useState<MessageKey>();
  const note = useRef<HTMLTextAreaElement>(null);
  /** Where the caret goes once a kind reply is in the note. */
  const caretAfterReply = useRef<number | undefined>(undefined);
  const ids = { note: useId(), hint: useId(), subject: useId(), channels: useId() };
  const draft: Draft = {
    body: text,
    mailbox: nudge.mailbox,
    to: suggestion.email,
    subject,
    phone: suggestion.phone,
    profileUrl: suggestion.profileUrl,
  };
  // A channel whose contact detail is unknown has no link, so it is not offered.
  const site = nudge.site && isSiteId(nudge.site) ? siteById(nudge.site) : undefined;
  const channels = channelsFor(site, draft, suggestion.preferredChannel).flatMap((channel): { channel: ChannelId; url?: string }[] => {
    if (channel === 'copy') return [{ channel }];
    const url = channelUrl(channel, draft);
    return url ? [{ channel, url }] : [];
  });
  const withSubject = channels.some(({ channel }) => CHANNEL_TABLE[channel].takesSubject);
  const kept = { text, subject: withSubject ? subject : undefined };

  useGrowingField(note, text);
  useEffect(() => {
    if (takeFocus) note.current?.focus();
    // Only when the note opens; later renders must not move focus.
  }, []);

  useEffect(() => {
    const caret = caretAfterReply.current;
    if (caret === undefined || !note.current) return;
    caretAfterReply.current = undefined;
    // The person just asked for the reply, so their note may take focus to go on writing,
    // with its start (the greeting the reply follows) in view.
    note.current.focus({ preventScroll: true });
    note.current.setSelectionRange(caret, caret);
    keepStartInView(note.current);
  }, [text]);

  /** The kind reply goes right after the greeting ("Hi Jo,"), before the rest of the note. */
  const addReply = (reply: string) => {
    caretAfterReply.current = Math.min((greetingOf(text) ?? '').length + reply.trim().length, MAX_NOTE_LENGTH);
    setText(insertAfterGreeting(text, reply).slice(0, MAX_NOTE_LENGTH));
    setStatus('empathyAdded');
  };

  const markSaved = useDraftSaving(kept, flow.save);

  const open = (channel: ChannelId, url: string) => {
    setStatus(undefined);
    markSaved(kept);
    setChannelUsed(true);
    const saving = flow.save({ kind: 'channel', channel, ...kept });
    // Opened inside the click, before any await, so the browser keeps it as the person's
    // own action and does not block the new tab.
    window.open(url, '_blank', 'noopener');
    void saving;
  };

  const copy = async () => {
    setStatus(undefined);
    const copied = await copyText(text, note.current);
    setStatus(copied ? 'copied' : 'copyFailed');
    if (copied) setChannelUsed(true);
    markSaved(kept);
    await flow.save({ kind: 'channel', channel: 'copy', ...kept });
  };

  const sent = () => {
    markSaved(kept);
    void flow.sent(text, kept.subject);
  };

  const expect = async (level: Awkwardness) => {
    if (await flow.save({ kind: 'expect', awkward: level })) onExpected(level);
  };

  return (
    <div class="stack">
      <Field id={ids.note} label={t('yourNote')} hint={{ id: ids.hint, text: t('yourNoteHint') }}>
        {(control) => (
          <textarea
            {...control}
            ref={note}
            class="note"
            rows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </Field>
      {withSubject && <TextField id={ids.subject} label={t('subjectLabel')} value={subject} onInput={setSubject} maxLength={MAX_SUBJECT_LENGTH} />}
      {offersKindReply(suggestion.templateId) && <KindReply onAdd={addReply} withQuestion={kindReplyAsks(suggestion.templateId)} />}
      <AwkwardScale question="awkwardExpectQuestion" value={expected} onChoose={(level) => void expect(level)} />
      <div class="stack" role="group" aria-labelledby={ids.channels}>
        <p id={ids.channels} class="muted">
          {t('sendItYourWay')}
        </p>
        <div class="row">
          {channels.map(({ channel, url }, index) => (
            <ActionButton
              key={channel}
              class={index === 0 && !channelUsed ? 'button button--primary' : 'button'}
              onClick={() => (url === undefined ? void copy() : open(channel, url))}
            >
              {t(CHANNEL_TABLE[channel].label)}
            </ActionButton>
          ))}
        </div>
        {channels.some(({ channel }) => channel === 'profile') && <p class="muted">{t('openProfileHint')}</p>}
      </div>
      <div class="row">
        <ActionButton class={channelUsed ? 'button button--primary' : 'button button--quiet'} onClick={sent}>
          {t('iSentIt')}
        </ActionButton>
        <ActionButton class="button button--quiet" onClick={flow.notNow}>
          {t('notNow')}
        </ActionButton>
      </div>
      <p role="status" class="status">
        {status ? t(status) : ''}
      </p>
    </div>
  );
}

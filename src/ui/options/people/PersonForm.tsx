import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { siteById } from '../../../core/moments';
import {
  HANDLE_SITES,
  LIMITS,
  PREFERRED_CHANNELS,
  RHYTHMS,
  type HandleSite,
  type Person,
  type PersonError,
  type PersonFields,
} from '../../../core/people';
import { t, type MessageKey } from '../../../i18n';
import { ErrorNotice } from '../../components/ErrorNotice';
import {
  CHANNEL_LABELS,
  NO_ERRORS,
  RHYTHM_LABELS,
  blankDraft,
  blankMemory,
  checkDraft,
  draftFromPerson,
  errorText,
  type DraftErrors,
  type DraftMemory,
  type PersonDraft,
  type SingleField,
} from './person-draft';

interface PersonFormProps {
  /** The person being changed; a new person when absent. */
  person?: Person;
  /** Writes the checked fields; a rejected promise keeps the form open with a message. */
  onSave: (fields: PersonFields) => Promise<void>;
  onCancel: () => void;
}

/**
 * Adding or changing one person. Nothing is written until every field reads well; each
 * problem is told beside its field, and the keyboard lands on the first one.
 */
export function PersonForm({ person, onSave, onCancel }: PersonFormProps) {
  const [draft, setDraft] = useState<PersonDraft>(() => (person ? draftFromPerson(person) : blankDraft()));
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [saveError, setSaveError] = useState<MessageKey>();
  const [saving, setSaving] = useState(false);
  const [handlesOpen, setHandlesOpen] = useState(() => HANDLE_SITES.some((site) => Boolean(person?.handles[site])));
  const formRef = useRef<HTMLFormElement>(null);
  const base = useId();
  const ids = {
    heading: `${base}-heading`,
    name: `${base}-name`,
    email: `${base}-email`,
    phone: `${base}-phone`,
    handlesHint: `${base}-handles-hint`,
    rhythm: `${base}-rhythm`,
    rhythmHint: `${base}-rhythm-hint`,
    channel: `${base}-channel`,
    memoryHint: `${base}-memory-hint`,
    dateHint: `${base}-date-hint`,
    memoriesError: `${base}-memories-error`,
    addMemory: `${base}-add-memory`,
    handle: (site: HandleSite) => `${base}-handle-${site}`,
    memoryText: (id: string) => `${base}-memory-${id}`,
    memoryDate: (id: string) => `${base}-memory-${id}-date`,
  };

  // What should have the keyboard once the render it belongs to is on screen: the first
  // problem, or an element by id. A new object each time, so asking twice works twice.
  const [focusRequest, setFocusRequest] = useState<{ target: 'first-invalid' | string }>(() => ({ target: ids.name }));

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const { target } = focusRequest;
    const element =
      target === 'first-invalid'
        ? form.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]')
        : form.ownerDocument.getElementById(target);
    element?.focus();
  }, [focusRequest]);

  const change = (changes: Partial<PersonDraft>, clear: SingleField) => {
    setDraft((current) => ({ ...current, ...changes }));
    if (errors.fields[clear]) setErrors((current) => ({ ...current, fields: { ...current.fields, [clear]: undefined } }));
  };

  const changeHandle = (site: HandleSite, value: string) => {
    setDraft((current) => ({ ...current, handles: { ...current.handles, [site]: value } }));
    if (errors.handles[site]) setErrors((current) => ({ ...current, handles: { ...current.handles, [site]: undefined } }));
  };

  const changeMemory = (id: string, changes: Partial<DraftMemory>) => {
    setDraft((current) => ({
      ...current,
      memories: current.memories.map((memory) => (memory.id === id ? { ...memory, ...changes } : memory)),
    }));
    if (errors.memories[id]) setErrors((current) => ({ ...current, memories: withoutKey(current.memories, id) }));
  };

  const addMemory = () => {
    const memory = blankMemory();
    setDraft((current) => ({ ...current, memories: [...current.memories, memory] }));
    setFocusRequest({ target: ids.memoryText(memory.id) });
  };

  const removeMemory = (index: number) => {
    const remaining = draft.memories.filter((_, i) => i !== index);
    setDraft((current) => ({ ...current, memories: remaining }));
    const removed = draft.memories[index];
    if (removed) setErrors((current) => ({ ...current, memories: withoutKey(current.memories, removed.id) }));
    // The keyboard stays in the list: on the detail that took this one's place, or on "Add a detail".
    const next = remaining[Math.min(index, remaining.length - 1)];
    setFocusRequest({ target: next ? ids.memoryText(next.id) : ids.addMemory });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setSaveError(undefined);
    const check = checkDraft(draft);
    if (!check.ok) {
      setErrors(check.errors);
      if (Object.keys(check.errors.handles).length > 0) setHandlesOpen(true);
      setFocusRequest({ target: 'first-invalid' });
      return;
    }
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      await onSave(check.value);
    } catch (cause) {
      console.error('Small Hellos could not save a person:', cause);
      setSaveError('errorSaveFailed');
      setSaving(false);
    }
  };

  const memoriesFull = draft.memories.length >= LIMITS.memories;
  return (
    <section class="person-form" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{person ? t('personFormEditHeading', person.name) : t('personFormAddHeading')}</h3>
      <form ref={formRef} class="stack" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={ids.name}
          label={t('personName')}
          value={draft.name}
          onInput={(name) => change({ name }, 'name')}
          error={errors.fields.name}
          required
        />
        <TextField
          id={ids.email}
          label={t('personEmail')}
          type="email"
          value={draft.email}
          onInput={(email) => change({ email }, 'email')}
          error={errors.fields.email}
        />
        <TextField
          id={ids.phone}
          label={t('personPhone')}
          type="tel"
          value={draft.phone}
          onInput={(phone) => change({ phone }, 'phone')}
          error={errors.fields.phone}
        />

        <details
          class="person-form__group"
          open={handlesOpen}
          onToggle={(event) => setHandlesOpen(event.currentTarget.open)}
        >
          <summary>{t('personHandles')}</summary>
          <div class="stack person-form__group-body">
            <p id={ids.handlesHint} class="muted">
              {t('personHandlesHint')}
            </p>
            <div class="person-form__handles">
              {HANDLE_SITES.map((site) => (
                <TextField
                  key={site}
                  id={ids.handle(site)}
                  label={t('personHandle', siteById(site).name)}
                  value={draft.handles[site]}
                  onInput={(value) => changeHandle(site, value)}
                  error={errors.handles[site]}
                  hintId={ids.handlesHint}
                  handle
                />
              ))}
            </div>
          </div>
        </details>

        <Field id={ids.rhythm} label={t('personRhythm')} error={errors.fields.rhythm} hint={{ id: ids.rhythmHint, text: t('personRhythmHint') }}>
          {(describedBy) => (
            <select
              id={ids.rhythm}
              value={draft.rhythm}
              aria-describedby={describedBy}
              aria-invalid={errors.fields.rhythm ? 'true' : undefined}
              onChange={(event) => change({ rhythm: event.currentTarget.value }, 'rhythm')}
            >
              {RHYTHMS.map((rhythm) => (
                <option key={rhythm} value={rhythm}>
                  {t(RHYTHM_LABELS[rhythm])}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id={ids.channel} label={t('personChannel')} error={errors.fields.preferredChannel}>
          {(describedBy) => (
            <select
              id={ids.channel}
              value={draft.preferredChannel}
              aria-describedby={describedBy}
              aria-invalid={errors.fields.preferredChannel ? 'true' : undefined}
              onChange={(event) => change({ preferredChannel: event.currentTarget.value }, 'preferredChannel')}
            >
              {PREFERRED_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(CHANNEL_LABELS[channel])}
                </option>
              ))}
            </select>
          )}
        </Field>

        <fieldset class="person-form__memories stack">
          <legend>{t('personMemories')}</legend>
          <p id={ids.memoryHint} class="muted">
            {t('personMemoryHint')}
          </p>
          <p id={ids.dateHint} class="muted">
            {t('personMemoryDateHint')}
          </p>
          {draft.memories.length > 0 && (
            <ol class="memories">
              {draft.memories.map((memory, index) => (
                <MemoryRow
                  key={memory.id}
                  memory={memory}
                  number={index + 1}
                  textId={ids.memoryText(memory.id)}
                  dateId={ids.memoryDate(memory.id)}
                  textHintId={ids.memoryHint}
                  dateHintId={ids.dateHint}
                  error={errors.memories[memory.id]}
                  onChange={(changes) => changeMemory(memory.id, changes)}
                  onRemove={() => removeMemory(index)}
                />
              ))}
            </ol>
          )}
          {memoriesFull ? (
            <p class="muted">{t('personMemoriesFull')}</p>
          ) : (
            <div class="row">
              <button id={ids.addMemory} type="button" class="button" onClick={addMemory}>
                {t('personMemoryAdd')}
              </button>
            </div>
          )}
          {errors.fields.memories && (
            <p id={ids.memoriesError} class="field__error" tabIndex={-1} data-invalid>
              {errorText(errors.fields.memories)}
            </p>
          )}
        </fieldset>

        <ErrorNotice message={saveError} />
        <div class="row">
          <button type="submit" class="button button--primary" aria-disabled={saving ? 'true' : undefined}>
            {t('personSave')}
          </button>
          <button type="button" class="button" onClick={onCancel}>
            {t('personCancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** A visible label, the control, an optional hint and the field's own message. */
function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error: PersonError | undefined;
  hint?: { id: string; text: string };
  children: (describedBy: string | undefined) => ComponentChildren;
}) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(describedBy(hint?.id, error && errorId))}
      {hint && (
        <p id={hint.id} class="muted">
          {hint.text}
        </p>
      )}
      {error && (
        <p id={errorId} class="field__error">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}

function TextField({
  id,
  label,
  value,
  onInput,
  error,
  type = 'text',
  required = false,
  hintId,
  handle = false,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error: PersonError | undefined;
  type?: 'text' | 'email' | 'tel';
  required?: boolean;
  /** A hint shown once for a group of fields, still read with each of them. */
  hintId?: string;
  /** A social handle: no spelling fixes, no capital first letter. */
  handle?: boolean;
}) {
  return (
    <Field id={id} label={label} error={error}>
      {(errorDescription) => (
        <input
          id={id}
          type={type}
          // No suggestion list: naming it keeps Preact's input types from choosing the combobox form.
          list={undefined}
          value={value}
          // These are a friend's details, not the person's own: no autofill from their profile.
          autoComplete="off"
          spellcheck={type === 'text' && !handle}
          autoCapitalize={handle ? 'none' : undefined}
          aria-required={required ? 'true' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(hintId, errorDescription)}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

function MemoryRow({
  memory,
  number,
  textId,
  dateId,
  textHintId,
  dateHintId,
  error,
  onChange,
  onRemove,
}: {
  memory: DraftMemory;
  number: number;
  textId: string;
  dateId: string;
  textHintId: string;
  dateHintId: string;
  error: PersonError | undefined;
  onChange: (changes: Partial<DraftMemory>) => void;
  onRemove: () => void;
}) {
  const errorId = `${textId}-error`;
  const dateIsWrong = error === 'memoryDateInvalid';
  const textIsWrong = Boolean(error) && !dateIsWrong;
  return (
    <li class="memory">
      <div class="field memory__text">
        <label for={textId}>{t('personMemoryLabel', String(number))}</label>
        <input
          id={textId}
          type="text"
          value={memory.text}
          autoComplete="off"
          aria-invalid={textIsWrong ? 'true' : undefined}
          aria-describedby={describedBy(textHintId, textIsWrong && errorId)}
          onInput={(event) => onChange({ text: event.currentTarget.value })}
        />
      </div>
      <div class="field memory__date">
        <label for={dateId}>{t('personMemoryDate')}</label>
        <input
          id={dateId}
          type="date"
          value={memory.date}
          aria-invalid={dateIsWrong ? 'true' : undefined}
          aria-describedby={describedBy(dateHintId, dateIsWrong && errorId)}
          onInput={(event) => onChange({ date: event.currentTarget.value })}
        />
      </div>
      <button type="button" class="button memory__remove" aria-label={t('personMemoryRemoveNamed', String(number))} onClick={onRemove}>
        {t('personMemoryRemove')}
      </button>
      {error && (
        <p id={errorId} class="field__error memory__error">
          {errorText(error)}
        </p>
      )}
    </li>
  );
}

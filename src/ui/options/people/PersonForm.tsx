import type { RefObject } from 'preact';
import { writeProblem } from '../save-settings';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { HANDLE_SITES, PREFERRED_CHANNEL_TABLE, RHYTHM_TABLE, type HandleSite, type Person, type PersonFields } from '../../../core/people';
import { t, type MessageKey } from '../../../i18n';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { DetailPreview } from './DetailPreview';
import { HandleFields } from './HandleFields';
import { MemoryList } from './MemoryList';
import {
  NO_ERRORS,
  blankDraft,
  blankMemory,
  checkDraft,
  draftFromPerson,
  errorText,
  withName,
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
  // The detail the preview reads: the one last typed in, else the first with words.
  const [previewedId, setPreviewedId] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  const ids = formIds(useId());
  const setFocusRequest = useFocusRequest(formRef, ids.name);

  const change = (changes: Partial<PersonDraft>, clear: SingleField) => {
    setDraft((current) => ({ ...current, ...changes }));
    if (errors.fields[clear]) setErrors((current) => ({ ...current, fields: { ...current.fields, [clear]: undefined } }));
  };

  /** A field that keeps what is typed as it is: its words, its change and its problem. */
  const plainField = (key: 'email' | 'phone' | 'birthday') => ({
    value: draft[key] ?? '',
    onInput: (value: string) => change({ [key]: value }, key),
    error: errorText(errors.fields[key]),
  });

  /** A choice from a fixed list: the one chosen, its change and its problem. */
  const chosenField = <Key extends 'rhythm' | 'preferredChannel'>(key: Key) => ({
    value: draft[key],
    onChange: (value: PersonDraft[Key]) => change({ [key]: value }, key),
    error: errorText(errors.fields[key]),
  });

  const changeHandle = (site: HandleSite, value: string) => {
    setDraft((current) => ({ ...current, handles: { ...current.handles, [site]: value } }));
    if (errors.handles[site]) setErrors((current) => ({ ...current, handles: { ...current.handles, [site]: undefined } }));
  };

  const changeName = (name: string) => {
    setDraft((current) => withName(current, name));
    if (errors.fields.name) setErrors((current) => ({ ...current, fields: { ...current.fields, name: undefined } }));
  };

  const changeMemory = (id: string, changes: Partial<DraftMemory>) => {
    setPreviewedId(id);
    setDraft((current) => ({
      ...current,
      memories: current.memories.map((memory) => (memory.id === id ? { ...memory, ...changes } : memory)),
    }));
    if (errors.memories[id]) setErrors((current) => ({ ...current, memories: withoutKey(current.memories, id) }));
  };

  const addMemory = () => {
    const memory = blankMemory();
    setDraft((current) => ({ ...current, memories: [...current.memories, memory] }));
    setFocusRequest({ target: ids.memories.text(memory.id) });
  };

  const removeMemory = (index: number) => {
    const remaining = draft.memories.filter((_, i) => i !== index);
    setDraft((current) => ({ ...current, memories: remaining }));
    const removed = draft.memories[index];
    if (removed) setErrors((current) => ({ ...current, memories: withoutKey(current.memories, removed.id) }));
    // The keyboard stays in the list: on the detail that took this one's place, or on "Add a detail".
    const next = remaining[Math.min(index, remaining.length - 1)];
    setFocusRequest({ target: next ? ids.memories.text(next.id) : ids.memories.add });
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
      setSaveError(writeProblem(cause));
      setSaving(false);
    }
  };

  return (
    <section class="person-form" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{person ? t('personFormEditHeading', person.name) : t('personFormAddHeading')}</h3>
      <form ref={formRef} class="stack" noValidate onSubmit={(event) => void submit(event)}>
        <TextField id={ids.name} label={t('personName')} value={draft.name} onInput={changeName} error={errorText(errors.fields.name)} required />
        <TextField
          id={ids.callName}
          label={t('personCallName')}
          value={draft.callName}
          // Cleared, it follows the name's first word again.
          onInput={(callName) => change({ callName, callNameFollowsName: callName.trim() === '' }, 'callName')}
          error={errorText(errors.fields.callName)}
          hint={{ id: ids.callNameHint, text: t('personCallNameHint') }}
        />
        <TextField id={ids.email} label={t('personEmail')} type="email" {...plainField('email')} />
        <TextField id={ids.phone} label={t('personPhone')} type="tel" {...plainField('phone')} />
        <TextField id={ids.birthday} label={t('personBirthday')} {...plainField('birthday')} hint={{ id: ids.birthdayHint, text: t('personBirthdayHint') }} />

        <HandleFields ids={ids.handles} handles={draft.handles} errors={errors.handles} open={handlesOpen} onToggle={setHandlesOpen} onChange={changeHandle} />

        <ChoiceField
          id={ids.rhythm}
          label={t('personRhythm')}
          {...choicesOf(RHYTHM_TABLE)}
          {...chosenField('rhythm')}
          hint={{ id: ids.rhythmHint, text: t('personRhythmHint') }}
        />
        <ChoiceField id={ids.channel} label={t('personChannel')} {...choicesOf(PREFERRED_CHANNEL_TABLE)} {...chosenField('preferredChannel')} />

        <MemoryList
          ids={ids.memories}
          memories={draft.memories}
          errors={errors.memories}
          listError={errors.fields.memories}
          onChange={changeMemory}
          onAdd={addMemory}
          onRemove={removeMemory}
        />
        <DetailPreview
          id={ids.preview}
          name={draft.name}
          callName={draft.callName}
          detail={draft.memories.find((memory) => memory.id === previewedId && memory.text.trim()) ?? draft.memories.find((memory) => memory.text.trim())}
        />

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

/** The ids that tie each label, hint and message to its control, all from one base. */
function formIds(base: string) {
  return {
    heading: `${base}-heading`,
    name: `${base}-name`,
    callName: `${base}-call-name`,
    callNameHint: `${base}-call-name-hint`,
    preview: `${base}-preview`,
    email: `${base}-email`,
    phone: `${base}-phone`,
    birthday: `${base}-birthday`,
    birthdayHint: `${base}-birthday-hint`,
    rhythm: `${base}-rhythm`,
    rhythmHint: `${base}-rhythm-hint`,
    channel: `${base}-channel`,
    handles: { hint: `${base}-handles-hint`, field: (site: HandleSite) => `${base}-handle-${site}` },
    memories: {
      hint: `${base}-memory-hint`,
      error: `${base}-memories-error`,
      add: `${base}-add-memory`,
      text: (id: string) => `${base}-memory-${id}`,
      kind: (id: string) => `${base}-memory-${id}-kind`,
      date: (id: string) => `${base}-memory-${id}-date`,
    },
  };
}

/**
 * What should have the keyboard once the render it belongs to is on screen: the first
 * problem, or an element by id. A new object each time, so asking twice works twice.
 */
function useFocusRequest(formRef: RefObject<HTMLFormElement | null>, initialTarget: string) {
  const [focusRequest, setFocusRequest] = useState<{ target: 'first-invalid' | string }>(() => ({ target: initialTarget }));

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const { target } = focusRequest;
    const element =
      target === 'first-invalid' ? form.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]') : form.ownerDocument.getElementById(target);
    element?.focus();
  }, [focusRequest]);

  return setFocusRequest;
}

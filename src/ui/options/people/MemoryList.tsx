import { LIMITS, type PersonError } from '../../../core/people';
import { t } from '../../../i18n';
import { formatNumber } from '../../format-number';
import { DetailKindChoice } from './DetailKindChoice';
import { describedBy } from '../../components/Field';
import { errorText, type DraftErrors, type DraftMemory } from './person-draft';

interface MemoryListProps {
  ids: {
    hint: string;
    error: string;
    add: string;
    text: (memoryId: string) => string;
    kind: (memoryId: string) => string;
    date: (memoryId: string) => string;
  };
  memories: DraftMemory[];
  errors: DraftErrors['memories'];
  /** A problem with the list as a whole rather than one detail. */
  listError: PersonError | undefined;
  onChange: (memoryId: string, changes: Partial<DraftMemory>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * "Something you remember": the details kept about a person, each written as one would say
 * it to them, with its kind and, for something coming up, its day.
 */
export function MemoryList({ ids, memories, errors, listError, onChange, onAdd, onRemove }: MemoryListProps) {
  const full = memories.length >= LIMITS.memories;
  return (
    <fieldset class="person-form__memories stack">
      <legend>{t('personMemories')}</legend>
      <p id={ids.hint} class="muted">
        {t('personMemoryHint')}
      </p>
      {memories.length > 0 && (
        <ol class="memories">
          {memories.map((memory, index) => (
            <MemoryRow
              key={memory.id}
              memory={memory}
              number={index + 1}
              textId={ids.text(memory.id)}
              kindId={ids.kind(memory.id)}
              dateId={ids.date(memory.id)}
              textHintId={ids.hint}
              error={errors[memory.id]}
              onChange={(changes) => onChange(memory.id, changes)}
              onRemove={() => onRemove(index)}
            />
          ))}
        </ol>
      )}
      {full ? (
        <p class="muted">{t('personMemoriesFull')}</p>
      ) : (
        <div class="row">
          <button id={ids.add} type="button" class="button" onClick={onAdd}>
            {t('personMemoryAdd')}
          </button>
        </div>
      )}
      {listError && (
        <p id={ids.error} class="field__error" tabIndex={-1} data-invalid>
          {errorText(listError)}
        </p>
      )}
    </fieldset>
  );
}

function MemoryRow({
  memory,
  number,
  textId,
  kindId,
  dateId,
  textHintId,
  error,
  onChange,
  onRemove,
}: {
  memory: DraftMemory;
  number: number;
  textId: string;
  kindId: string;
  dateId: string;
  textHintId: string;
  error: PersonError | undefined;
  onChange: (changes: Partial<DraftMemory>) => void;
  onRemove: () => void;
}) {
  const errorId = `${textId}-error`;
  const dateHintId = `${dateId}-hint`;
  const dateIsWrong = error === 'memoryDateInvalid' || error === 'memoryDateRequired';
  const textIsWrong = Boolean(error) && !dateIsWrong && error !== 'choiceInvalid';
  // Only something coming up asks for a day; a day kept from before stays visible to change.
  const asksForDay = memory.kind === 'coming-up' || memory.date !== '';
  return (
    <li class="memory">
      <div class="field memory__text">
        <label for={textId}>{t('personMemoryLabel', formatNumber(number))}</label>
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
      <DetailKindChoice id={kindId} kind={memory.kind} onChange={(kind) => onChange({ kind })} />
      {asksForDay && (
        <div class="field memory__date">
          <label for={dateId}>{t('personMemoryDate')}</label>
          <input
            id={dateId}
            type="date"
            value={memory.date}
            aria-required={memory.kind === 'coming-up' ? 'true' : undefined}
            aria-invalid={dateIsWrong ? 'true' : undefined}
            aria-describedby={describedBy(dateHintId, dateIsWrong && errorId)}
            onInput={(event) => onChange({ date: event.currentTarget.value })}
          />
          <p id={dateHintId} class="muted">
            {t('personMemoryDateHint')}
          </p>
        </div>
      )}
      <button type="button" class="button memory__remove" aria-label={t('personMemoryRemoveNamed', formatNumber(number))} onClick={onRemove}>
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

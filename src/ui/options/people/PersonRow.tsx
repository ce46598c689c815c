import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { RHYTHM_TABLE, type Person } from '../../../core/people';
import { dueRatio } from '../../../core/suggest';
import { t } from '../../../i18n';
import { formatDate } from '../../format-time';
import { formatNumber } from '../../format-number';
import { previewForget, type ForgetPreview } from '../../../db/forget';
import { detailSummary } from './person-draft';

interface PersonRowProps {
  person: Person;
  onEdit: (person: Person) => void;
  onArchive: (person: Person, archived: boolean) => void;
  onDelete: (person: Person) => void;
}

/** One person in the list: who, how often, what is remembered, and what can be done. */
export function PersonRow({ person, onEdit, onArchive, onDelete }: PersonRowProps) {
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const keepButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Acted on after the render that shows the question (or takes it away). The question
  // replaces the buttons: the keyboard goes to the safe answer, and back to Delete on Keep.
  const [focusRequest, setFocusRequest] = useState<{ target: 'keep' | 'delete' }>();

  useEffect(() => {
    if (focusRequest) (focusRequest.target === 'keep' ? keepButton : deleteButton).current?.focus();
  }, [focusRequest]);

  const [preview, setPreview] = useState<ForgetPreview>();
  const confirm = (next: boolean) => {
    setConfirming(next);
    setFocusRequest({ target: next ? 'keep' : 'delete' });
    // What goes is counted when asked, so that the question says it exactly.
    if (next && person.id !== undefined) void previewForget(person.id).then(setPreview, () => setPreview(undefined));
  };

  const summary = detailSummary(person);
  // A recent hello is a small win worth showing; a gap is never mentioned.
  const recentHello = person.lastContactedAt !== undefined && dueRatio(person, Date.now()) < 1 ? person.lastContactedAt : undefined;
  return (
    <li class="person">
      <div class="person__about">
        <p class="person__name">{person.name}</p>
        <p class="muted">
          {t(RHYTHM_TABLE[person.rhythm].label)}
          {summary && (
            <>
              <span aria-hidden="true"> · </span>
              <span class="person__detail">{summary}</span>
            </>
          )}
        </p>
        {recentHello !== undefined && <p class="muted">{t('personRecentHello', formatDate(recentHello))}</p>}
      </div>
      {confirming ? (
        <div class="person__confirm stack" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{t('personDeleteQuestion', person.name)}</p>
          {preview && <ForgetList preview={preview} />}
          <div class="row">
            <button type="button" class="button" onClick={() => onDelete(person)}>
              {t('personDelete')}
            </button>
            <button ref={keepButton} type="button" class="button button--primary" onClick={() => confirm(false)}>
              {t('personKeep')}
            </button>
          </div>
        </div>
      ) : (
        <div class="row person__actions">
          <button
            type="button"
            class="button"
            data-focus={`edit-${person.id}`}
            aria-label={t('personEditNamed', person.name)}
            onClick={() => onEdit(person)}
          >
            {t('personEdit')}
          </button>
          <button
            type="button"
            class="button"
            aria-label={t(person.archived ? 'personRestoreNamed' : 'personArchiveNamed', person.name)}
            onClick={() => onArchive(person, !person.archived)}
          >
            {t(person.archived ? 'personRestore' : 'personArchive')}
          </button>
          <button
            ref={deleteButton}
            type="button"
            class="button"
            aria-label={t('personDeleteNamed', person.name)}
            onClick={() => confirm(true)}
          >
            {t('personDelete')}
          </button>
        </div>
      )}
    </li>
  );
}

/** Exactly what deleting someone removes; kinds of thing they have none of are left out. */
function ForgetList({ preview }: { preview: ForgetPreview }) {
  const items = [
    t('forgetName', preview.person.callName || preview.person.name),
    preview.email && t('forgetEmail'),
    preview.phone && t('forgetPhone'),
    preview.birthday && t('forgetBirthday'),
    preview.handles > 0 && t('forgetHandles', formatNumber(preview.handles)),
    preview.details > 0 && t('forgetDetails', formatNumber(preview.details)),
    preview.history > 0 && t('forgetHistory', formatNumber(preview.history)),
    preview.rituals > 0 && t('forgetRituals', formatNumber(preview.rituals)),
  ].filter((item): item is string => Boolean(item));
  return (
    <ul class="forget-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

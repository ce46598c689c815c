import { useState } from 'preact/hooks';
import { useQuestion } from '../use-question';
import { ConfirmQuestion } from '../ConfirmQuestion';
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
  // The question replaces the buttons: the keyboard goes to Keep, and back to Delete on Keep.
  const { asking: confirming, ask, questionId, opener: deleteButton, safeAnswer: keepButton } = useQuestion();
  const [preview, setPreview] = useState<ForgetPreview>();
  const confirm = (next: boolean) => {
    ask(next);
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
        <ConfirmQuestion
          id={questionId}
          question={t('personDeleteQuestion', person.name)}
          confirm={t('personDelete')}
          keep={t('personKeep')}
          onConfirm={() => onDelete(person)}
          onKeep={() => confirm(false)}
          keepRef={keepButton}
        >
          {preview && <ForgetList preview={preview} />}
        </ConfirmQuestion>
      ) : (
        <div class="row person__actions">
          <button type="button" class="button" data-focus={`edit-${person.id}`} aria-label={t('personEditNamed', person.name)} onClick={() => onEdit(person)}>
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
          <button ref={deleteButton} type="button" class="button" aria-label={t('personDeleteNamed', person.name)} onClick={() => confirm(true)}>
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

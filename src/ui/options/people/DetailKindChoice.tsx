import { DETAIL_KIND_TABLE, DETAIL_KINDS, type DetailKind } from '../../../core/people';
import { t } from '../../../i18n';

/**
 * What kind of thing a detail is, in one tap: a group of radio buttons, none chosen for
 * the person, with a line that says what the chosen kind does to the notes (a hard time
 * keeps every idea gentle), or, before a tap, what happens when none is chosen.
 */
export function DetailKindChoice({ id, kind, onChange }: { id: string; kind: DetailKind | ''; onChange: (kind: DetailKind) => void }) {
  const hintId = `${id}-hint`;
  return (
    <fieldset class="memory__kind" aria-describedby={hintId}>
      <legend>{t('personMemoryKind')}</legend>
      <div class="choices">
        {DETAIL_KINDS.map((option) => (
          <label key={option} class="choice">
            <input type="radio" name={id} value={option} checked={kind === option} onChange={() => onChange(option)} />
            <span>{t(DETAIL_KIND_TABLE[option].label)}</span>
          </label>
        ))}
      </div>
      <p id={hintId} class="muted">
        {t(kind === '' ? 'personMemoryKindHintNone' : DETAIL_KIND_TABLE[kind].hint)}
      </p>
    </fieldset>
  );
}

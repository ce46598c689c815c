import { siteById } from '../../../core/moments';
import { HANDLE_SITES, type HandleSite } from '../../../core/people';
import { t } from '../../../i18n';
import { TextField } from '../../components/TextField';
import { errorText, type DraftErrors, type PersonDraft } from './person-draft';

interface HandleFieldsProps {
  ids: { hint: string; field: (site: HandleSite) => string };
  handles: PersonDraft['handles'];
  errors: DraftErrors['handles'];
  /** Kept by the form, which opens the group when a handle needs fixing. */
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (site: HandleSite, value: string) => void;
}

/** "Where you follow each other": one handle per site, folded away until wanted. */
export function HandleFields({ ids, handles, errors, open, onToggle, onChange }: HandleFieldsProps) {
  return (
    <details class="person-form__group" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>{t('personHandles')}</summary>
      <div class="stack person-form__group-body">
        <p id={ids.hint} class="muted">
          {t('personHandlesHint')}
        </p>
        <div class="person-form__handles">
          {HANDLE_SITES.map((site) => (
            <TextField
              key={site}
              id={ids.field(site)}
              label={t('personHandle', siteById(site).name)}
              value={handles[site]}
              onInput={(value) => onChange(site, value)}
              error={errorText(errors[site])}
              hintId={ids.hint}
              verbatim
            />
          ))}
        </div>
      </div>
    </details>
  );
}

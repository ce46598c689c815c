import { useId, useState } from 'preact/hooks';
import { parseSiteInput, type CustomSite, type SiteInputError } from '../../../core/custom-sites';
import { MOMENT_KIND_TABLE, type MomentKind } from '../../../core/moments';
import { t, type MessageKey } from '../../../i18n';
import { ChoiceField, choicesOf } from '../../components/ChoiceField';
import { TextField } from '../../components/TextField';
import { StatusLine } from '../../components/StatusLine';
import { addSite } from '../data-steps';
import { useAnnouncer } from '../use-announcer';
import { writeProblem } from '../save-settings';

const INPUT_ERRORS: Record<SiteInputError, MessageKey> = {
  'site-empty': 'siteErrorEmpty',
  'site-invalid': 'siteErrorInvalid',
  'site-not-https': 'siteErrorNotHttps',
  'site-in-catalogue': 'siteErrorInCatalogue',
  'site-already-added': 'siteErrorAlreadyAdded',
};

/**
 * Add a site: its address and what kind of place it is. The browser's own prompt asks the
 * person to allow that one site; only then is the site added and its script registered,
 * and it works on the next page opened there, without a reload of the extension.
 */
export function AddSiteForm({ added }: { added: readonly CustomSite[] }) {
  const [address, setAddress] = useState('');
  const [kind, setKind] = useState<MomentKind>('social');
  const [inputError, setInputError] = useState<MessageKey>();
  const [error, setError] = useState<MessageKey>();
  const [status, announce] = useAnnouncer();
  const ids = { heading: useId(), address: useId(), hint: useId(), kind: useId() };

  const add = (event: Event) => {
    event.preventDefault();
    setError(undefined);
    const parsed = parseSiteInput(address, added);
    if (!parsed.ok) {
      setInputError(INPUT_ERRORS[parsed.error]);
      return;
    }
    setInputError(undefined);
    // The browser allows the prompt only in answer to this click: addSite asks before anything is awaited.
    void addSite(parsed.origin, kind, Date.now()).then(
      (outcome) => {
        if (outcome.kind === 'not-allowed') return setError('siteNotAllowed');
        setAddress('');
        announce(t('siteAdded', parsed.host));
      },
      (cause: unknown) => {
        console.error('Small Hellos could not add a site:', cause);
        setError(writeProblem(cause));
      },
    );
  };

  return (
    <form class="stack settings-group" aria-labelledby={ids.heading} noValidate onSubmit={add}>
      <h3 id={ids.heading}>{t('siteAddHeading')}</h3>
      <p class="muted">{t('siteAddIntro')}</p>
      <TextField
        id={ids.address}
        label={t('siteAddress')}
        value={address}
        onInput={setAddress}
        error={inputError && t(inputError)}
        hint={{ id: ids.hint, text: t('siteAddressHint') }}
        inputMode="url"
        verbatim
      />
      <ChoiceField id={ids.kind} label={t('siteKind')} value={kind} {...choicesOf(MOMENT_KIND_TABLE)} onChange={setKind} />
      <div class="row">
        <button type="submit" class="button button--primary">
          {t('siteAdd')}
        </button>
      </div>
      <StatusLine status={status} error={error} />
    </form>
  );
}

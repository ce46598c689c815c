import { useEffect, useState } from 'preact/hooks';
import type { CustomSite } from '../../../core/custom-sites';
import { t, type MessageKey } from '../../../i18n';
import { hasSiteAccess } from '../../../site-access';
import { ErrorNotice } from '../../components/ErrorNotice';
import { allowSiteAgain, removeSite } from '../data-steps';
import { writeProblem } from '../save-settings';
import { MOMENT_KIND_TABLE } from '../../../core/moments';

/** A site the person added: what it is, whether the browser still allows it, and Remove. */
export function CustomSiteRow({ site }: { site: CustomSite }) {
  const host = new URL(site.origin).host;
  const [granted, setGranted] = useState<boolean>();
  const [error, setError] = useState<MessageKey>();
  useEffect(() => {
    void hasSiteAccess(site.origin).then(setGranted, () => setGranted(false));
  }, [site.origin]);

  const remove = async () => {
    setError(undefined);
    try {
      await removeSite(site);
    } catch (cause) {
      console.error('Small Hellos could not remove a site:', cause);
      setError(writeProblem(cause));
    }
  };

  const allowAgain = () => {
    setError(undefined);
    void allowSiteAgain(site).then(
      (yes) => (yes ? setGranted(true) : setError('siteNotAllowed')),
      () => setError('siteNotAllowed'),
    );
  };

  return (
    <li class="person">
      <div class="person__about">
        <p class="person__name">{host}</p>
        <p class="muted">
          {t(MOMENT_KIND_TABLE[site.kind].label)}
          {granted === false && (
            <>
              <span aria-hidden="true"> · </span>
              {t('siteNotAllowedNow')}
            </>
          )}
        </p>
        <ErrorNotice message={error} />
      </div>
      <div class="row person__actions">
        {granted === false && (
          <button type="button" class="button" onClick={allowAgain}>
            {t('siteAllowAgain')}
          </button>
        )}
        <button type="button" class="button" aria-label={t('siteRemoveNamed', host)} onClick={() => void remove()}>
          {t('siteRemove')}
        </button>
      </div>
    </li>
  );
}

import { useEffect, useId, useState } from 'preact/hooks';
import type { CustomSite } from '../../../core/custom-sites';
import { MOMENT_KIND_TABLE, MOMENT_KINDS, SITES, type MomentKind, type SiteId } from '../../../core/moments';
import type { Settings } from '../../../core/settings';
import { t } from '../../../i18n';
import { StatusLine } from '../../components/StatusLine';
import { SettingsSection } from '../Section';
import { useSaveSettings } from '../save-settings';
import { AddSiteForm } from './AddSiteForm';
import { CustomSiteRow } from './CustomSiteRow';
import { PhonePlaceChoice } from './PhonePlaceChoice';

/** Where cards may come: every catalogue site with its switch, and the sites the person added. */
export function SitesSection() {
  return <SettingsSection heading="sitesHeading" intro="sitesIntro" Form={Sites} />;
}

function Sites({ settings: stored }: { settings: Settings }) {
  const { shown: settings, save, status, error } = useSaveSettings(stored);
  const toggle = (id: SiteId, on: boolean) =>
    void save({ disabledSites: on ? settings.disabledSites.filter((site) => site !== id) : [...settings.disabledSites, id] });
  const byKind = (kind: MomentKind) => [
    ...SITES.filter((site) => site.kind === kind).map((site) => ({ id: site.id as SiteId, name: site.name })),
    ...settings.customSites.filter((site) => site.kind === kind).map((site) => ({ id: site.id as SiteId, name: new URL(site.origin).host })),
  ];
  return (
    <div class="stack">
      {MOMENT_KINDS.map((kind) => (
        <fieldset key={kind} class="settings-group">
          <legend>{t(MOMENT_KIND_TABLE[kind].heading)}</legend>
          <ul class="switches">
            {byKind(kind).map((site) => (
              <li key={site.id}>
                <label class="switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={!settings.disabledSites.includes(site.id)}
                    onChange={(e) => toggle(site.id, e.currentTarget.checked)}
                  />
                  {site.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <PhonePlaceChoice place={settings.cardPlaceOnPhone} save={save} />
      <StatusLine status={status} error={error} />
      <AddedSites sites={settings.customSites} />
      <AddSiteForm added={settings.customSites} />
    </div>
  );
}

function AddedSites({ sites }: { sites: readonly CustomSite[] }) {
  const headingId = useId();
  const [version, setVersion] = useState(0);
  // A grant can be taken back in the browser's own settings: ask again when the page is shown.
  useEffect(() => {
    const again = () => setVersion((n) => n + 1);
    addEventListener('focus', again);
    return () => removeEventListener('focus', again);
  }, []);
  if (sites.length === 0) return null;
  return (
    <div class="stack">
      <h3 id={headingId}>{t('sitesAdded')}</h3>
      <ul class="people__list" aria-labelledby={headingId}>
        {sites.map((site) => (
          <CustomSiteRow key={`${site.id}:${version}`} site={site} />
        ))}
      </ul>
    </div>
  );
}

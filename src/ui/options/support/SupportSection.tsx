import type { Settings } from '../../../core/settings';
import { getSettings } from '../../../db/settings';
import { t } from '../../../i18n';
import { CrisisLines } from '../../components/CrisisLines';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StatusLine } from '../../components/StatusLine';
import { useLiveQuery } from '../../use-live-query';
import { Section } from '../Section';
import { useSaveSettings } from '../save-settings';
import { EditLines } from './EditLines';
import { CountryChoice } from './CountryChoice';
import { WelcomeAgain } from './WelcomeAgain';

/**
 * Support: Small Hellos is not therapy and not an emergency service; here are lines to
 * call or text for the person's country, which they can edit, and a directory for
 * everyone else. Safe-messaging practice: no method words, reaching out framed as strength.
 * Beside it, the welcome to read again.
 */
export function SupportSection() {
  const settings = useLiveQuery(getSettings);
  return (
    <Section heading="supportHeading" class="support">
      <p>{t('supportNotTherapy')}</p>
      <p>{t('supportStrength')}</p>
      {settings.status === 'error' && (
        <>
          <ErrorNotice message="storageUnavailable" />
          {/* The lines matter most when something is wrong: the bundled ones for the browser's country, still there. */}
          <CrisisLines settings={{ supportCountry: '', supportLines: null }} />
        </>
      )}
      {settings.status === 'ready' && <SupportSettings settings={settings.value} />}
      <WelcomeAgain />
      <a href="/src/ui/privacy/index.html">{t('privacyPolicyLink')}</a>
    </Section>
  );
}

function SupportSettings({ settings: stored }: { settings: Settings }) {
  // A choice just made shows at once, while it is written.
  const { shown: settings, save, status, error } = useSaveSettings(stored);
  return (
    <div class="stack">
      <CrisisLines settings={settings} />
      <CountryChoice settings={settings} save={save} />
      <EditLines settings={settings} save={save} />
      <StatusLine status={status} error={error} />
    </div>
  );
}

import { useId } from 'preact/hooks';
import { SITES } from '../../core/moments';
import type { Settings } from '../../core/settings';
import { getSettings } from '../../db/settings';
import { t, uiLanguage } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { OpenSettings } from '../components/OpenSettings';
import { SupportLink } from '../components/SupportLink';
import { formatNumber } from '../format-number';
import { formatClock } from '../format-time';
import { useLiveQuery } from '../use-live-query';
import { AddOnePerson } from './AddOnePerson';

/**
 * The welcome, opened once when Small Hellos is installed (and from the settings at any
 * time): what it does, how often it may speak, how to quiet it, that everything stays on
 * this device, and, if the person likes, one person to start with. Nothing here is a task.
 */
export function Welcome() {
  const settings = useLiveQuery(getSettings);
  const headingId = useId();
  return (
    <main class="welcome options stack" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('welcomeHeading')}</h1>
      <p class="welcome__lead">{t('welcomeLead')}</p>
      {settings.status === 'error' && <ErrorNotice message="storageUnavailable" />}
      {settings.status === 'ready' && <HowOften settings={settings.value} />}
      <WelcomePart heading="welcomeQuietHeading" lines={['welcomeQuietNotNow', 'welcomeQuietLowEnergy', 'welcomeQuietSnooze']} />
      <WelcomePart heading="welcomeDataHeading" lines={['welcomeDataDevice', 'welcomeDataYouSend']} />
      <AddOnePerson />
      <footer class="welcome__footer row">
        <OpenSettings label="welcomeSettings" />
        <SupportLink />
      </footer>
    </main>
  );
}

function WelcomePart({ heading, lines }: { heading: Parameters<typeof t>[0]; lines: readonly Parameters<typeof t>[0][] }) {
  const headingId = useId();
  return (
    <section class="welcome__part stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(heading)}</h2>
      <ul class="welcome__list">
        {lines.map((line) => (
          <li key={line}>{t(line)}</li>
        ))}
      </ul>
    </section>
  );
}

/** A time of day, as minutes after midnight, in the person's own format. */
function clock(minutes: number): string {
  return formatClock(new Date(2026, 0, 5, Math.floor(minutes / 60), minutes % 60).getTime());
}

/** How often it may speak, from the settings as they are now: at most N cards, only on these sites, only in these hours. */
function HowOften({ settings }: { settings: Settings }) {
  const headingId = useId();
  const names = new Intl.ListFormat(uiLanguage(), { style: 'long', type: 'conjunction' });
  const sites = SITES.filter((site) => !settings.disabledSites.includes(site.id)).map((site) => site.name);
  const allDay = settings.activeFromMinutes === settings.activeUntilMinutes;
  return (
    <section class="welcome__part stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('welcomeOftenHeading')}</h2>
      <ul class="welcome__list">
        <li>{settings.dailyCap === 1 ? t('welcomeOftenCapOne') : t('welcomeOftenCap', formatNumber(settings.dailyCap))}</li>
        <li>{allDay ? t('welcomeOftenAllDay') : t('welcomeOftenHours', [clock(settings.activeFromMinutes), clock(settings.activeUntilMinutes)])}</li>
        <li>{sites.length > 0 ? t('welcomeOftenSites', names.format(sites)) : t('welcomeOftenNoSites')}</li>
        {settings.learningOn && <li>{t('welcomeOftenLearning')}</li>}
      </ul>
      <p class="muted">{t('welcomeOftenChange')}</p>
    </section>
  );
}

import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { DataSection } from './data/DataSection';
import { PeopleSection } from './people/PeopleSection';
import { RitualsSection } from './rituals/RitualsSection';
import { ScheduleSection } from './schedule/ScheduleSection';
import { SitesSection } from './sites/SitesSection';
import { SupportSection } from './support/SupportSection';

interface OptionsSection {
  /** The address fragment of the section: options page#people. */
  readonly id: string;
  readonly title: MessageKey;
  readonly View: FunctionComponent;
}

/** The sections of the settings page, in the order of the navigation. */
export const SECTIONS: readonly [OptionsSection, ...OptionsSection[]] = [
  { id: 'people', title: 'peopleHeading', View: PeopleSection },
  { id: 'where', title: 'sitesHeading', View: SitesSection },
  { id: 'when', title: 'scheduleHeading', View: ScheduleSection },
  { id: 'rituals', title: 'ritualsHeading', View: RitualsSection },
  { id: 'data', title: 'dataHeading', View: DataSection },
  { id: 'support', title: 'supportHeading', View: SupportSection },
];

function sectionFromHash(hash: string): OptionsSection {
  const id = hash.replace(/^#/, '');
  return SECTIONS.find((section) => section.id === id) ?? SECTIONS[0];
}

/** The settings page: a short navigation and the one section chosen in it. */
export function Options() {
  const [current, setCurrent] = useState(() => sectionFromHash(location.hash));

  useEffect(() => {
    const follow = () => setCurrent(sectionFromHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  const { View } = current;
  return (
    <div class="options">
      <header class="options__header stack">
        <h1>{t('extName')}</h1>
        <p class="muted">{t('optionsPrivacyLine')}</p>
      </header>
      <nav class="options__nav" aria-label={t('optionsNavLabel')}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} aria-current={section === current ? 'page' : undefined}>
                {t(section.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options__main">
        <View />
      </main>
    </div>
  );
}

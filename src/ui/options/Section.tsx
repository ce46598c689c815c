import type { ComponentChildren, ComponentType } from 'preact';
import { useId } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { getSettings } from '../../db/settings';
import { t, type MessageKey } from '../../i18n';
import { ErrorNotice } from '../components/ErrorNotice';
import { useLiveQuery } from '../use-live-query';

/** One section of the settings page: its heading, which takes focus when the section opens, then what it holds. */
export function Section({ heading, class: className, children }: { heading: MessageKey; class?: string; children: ComponentChildren }) {
  const headingId = useId();
  return (
    <section class={className ? `${className} stack` : 'stack'} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t(heading)}
      </h2>
      {children}
    </section>
  );
}

/** A section of settings: its heading and a line about it, then its form once the settings are read. */
export function SettingsSection({ heading, intro, Form }: { heading: MessageKey; intro: MessageKey; Form: ComponentType<{ settings: Settings }> }) {
  const settings = useLiveQuery(getSettings);
  return (
    <Section heading={heading}>
      <p class="muted">{t(intro)}</p>
      {settings.status === 'error' && <ErrorNotice message="storageUnavailable" />}
      {settings.status === 'ready' && <Form settings={settings.value} />}
    </Section>
  );
}

import { useId } from 'preact/hooks';
import { t } from '../../i18n';
import { POLICY, type PolicySection } from './policy';

/**
 * The privacy policy, bundled with the extension and opened from the settings: what Small
 * Hellos keeps and where, what leaves the device (only what the person sends, and with sync
 * on their people, encrypted), what it never does, what it asks the browser for, and the
 * person's choices. Static words; it reads nothing.
 */
export function PrivacyPolicy() {
  const headingId = useId();
  return (
    <main class="privacy options stack" aria-labelledby={headingId}>
      <h1 id={headingId}>{t(POLICY.title)}</h1>
      <p class="privacy__lead">{t(POLICY.lead)}</p>
      {POLICY.sections.map((section) => (
        <PolicyPart key={section.heading} section={section} />
      ))}
      <p class="muted">{t(POLICY.closing)}</p>
    </main>
  );
}

function PolicyPart({ section }: { section: PolicySection }) {
  const headingId = useId();
  return (
    <section class="privacy__part stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(section.heading)}</h2>
      {section.paragraphs.map((paragraph) => (
        <p key={paragraph}>{t(paragraph)}</p>
      ))}
      {section.points.length > 0 && (
        <ul class="privacy__list">
          {section.points.map((point) => (
            <li key={point}>{t(point)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { DetailKind } from '../../../core/people';
import { render } from '../../../core/render';
import { PREVIEW_TEMPLATES, templateById } from '../../../core/templates';
import { t, translate } from '../../../i18n';

interface DetailPreviewProps {
  id: string;
  name: string;
  callName: string;
  /** The detail being typed; nothing to show until it has words. No kind yet reads as the neutral kind it would be saved as. */
  detail: { text: string; kind: DetailKind | '' } | undefined;
}

/**
 * How the detail being typed will read: one card line (spoken to the user) and one note
 * (spoken to the friend), made by the same code and words as the real suggestions, so a
 * detail that reads wrong shows up here before it reaches anyone.
 */
export function DetailPreview({ id, name, callName, detail }: DetailPreviewProps) {
  const headingId = `${id}-heading`;
  const texts = preview(name, callName, detail);
  return (
    <section class="preview stack" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('personPreviewHeading')}</h4>
      {texts ? (
        <dl class="preview__texts">
          <dt>{t('personPreviewCard')}</dt>
          <dd class="preview__card">{texts.prompt}</dd>
          <dt>{t('personPreviewNote')}</dt>
          <dd class="preview__note">{texts.draft}</dd>
        </dl>
      ) : (
        <p class="muted">{t('personPreviewEmpty')}</p>
      )}
    </section>
  );
}

function preview(name: string, callName: string, detail: DetailPreviewProps['detail']) {
  const text = detail?.text.trim();
  if (!name.trim() || !detail || !text) return undefined;
  const kind = detail.kind === '' ? 'other' : detail.kind;
  const template = templateById(PREVIEW_TEMPLATES[kind]);
  return template && render(template, { name: name.trim(), callName }, { text, kind }, translate);
}

import { useId, useRef, useState } from 'preact/hooks';
import { LINE_LIMITS, ownLine, type OwnLine } from '../../../core/crisis-lines';
import type { Settings } from '../../../core/settings';
import { t, type MessageKey } from '../../../i18n';
import { shownLines } from '../../components/CrisisLines';
import { DisclosureButton } from '../../components/Disclosure';
import { SaveOrCancel } from '../../components/SaveOrCancel';
import { TextField } from '../../components/TextField';
import { formatNumber } from '../../format-number';

/** A line's two fields: what it is called, and how it is reached (a number, or "text HOME to 741741"). */
const LINE_FIELDS = [
  { field: 'name', label: 'supportLineName' },
  { field: 'reach', label: 'supportLineReach' },
] as const satisfies readonly { field: keyof OwnLine; label: MessageKey }[];

interface DraftLine {
  readonly key: number;
  readonly name: string;
  readonly reach: string;
}

/**
 * The lines as the person wants them: any can be changed or removed and their own added (a
 * therapist, a friend who said "call any time"). Until they save, the bundled lines stay.
 */
export function EditLines({ settings, save }: { settings: Settings; save: (changes: Partial<Settings>) => Promise<boolean> }) {
  const [draft, setDraft] = useState<DraftLine[]>();
  const nextKey = useRef(0);
  const panelId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const toDraft = (lines: readonly OwnLine[]): DraftLine[] => lines.map((line) => ({ key: nextKey.current++, ...line }));
  const close = () => {
    setDraft(undefined);
    requestAnimationFrame(() => opener.current?.focus());
  };

  const keep = async (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    const lines = draft.flatMap((line) => ownLine(line) ?? []);
    if (await save({ supportLines: lines })) close();
  };

  const change = (key: number, field: keyof OwnLine, value: string) =>
    setDraft((lines) => lines?.map((line) => (line.key === key ? { ...line, [field]: value } : line)));

  return (
    <div class="stack">
      <div class="row">
        <DisclosureButton
          buttonRef={opener}
          open={draft !== undefined}
          panelId={panelId}
          class="button"
          onToggle={() => (draft ? close() : setDraft(toDraft(shownLines(settings))))}
        >
          {t('supportEditLines')}
        </DisclosureButton>
        {settings.supportLines !== null && !draft && (
          <button type="button" class="button button--quiet" onClick={() => void save({ supportLines: null })}>
            {t('supportPutBack')}
          </button>
        )}
      </div>
      {draft && (
        <form id={panelId} class="lines-form stack" aria-label={t('supportEditLines')} onSubmit={(event) => void keep(event)}>
          <ul class="lines-form__list">
            {draft.map((line, index) => (
              <LineFields
                key={line.key}
                line={line}
                number={index + 1}
                onChange={(field, value) => change(line.key, field, value)}
                onRemove={() => setDraft(draft.filter((other) => other.key !== line.key))}
              />
            ))}
          </ul>
          <SaveOrCancel save={t('supportSaveLines')} cancel={t('supportCancelLines')} onCancel={close}>
            {draft.length < LINE_LIMITS.lines && (
              <button type="button" class="button" onClick={() => setDraft([...draft, { key: nextKey.current++, name: '', reach: '' }])}>
                {t('supportAddLine')}
              </button>
            )}
          </SaveOrCancel>
          <p class="muted">{t('supportLinesHint')}</p>
        </form>
      )}
    </div>
  );
}

function LineFields({
  line,
  number,
  onChange,
  onRemove,
}: {
  line: DraftLine;
  number: number;
  onChange(field: keyof OwnLine, value: string): void;
  onRemove(): void;
}) {
  const id = useId();
  return (
    <li class="lines-form__line">
      {LINE_FIELDS.map(({ field, label }) => (
        <TextField
          key={field}
          id={`${id}-${field}`}
          label={t(label, formatNumber(number))}
          value={line[field]}
          onInput={(value) => onChange(field, value)}
          maxLength={LINE_LIMITS[field]}
        />
      ))}
      <button
        type="button"
        class="button button--quiet button--small"
        aria-label={t('supportRemoveLineNamed', line.name || formatNumber(number))}
        onClick={onRemove}
      >
        {t('supportRemoveLine')}
      </button>
    </li>
  );
}

import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { ActionButton } from '../components/ActionButton';

export interface MenuItem {
  readonly label: MessageKey;
  readonly onChoose: () => void;
  /** Changes nothing and hands nothing over (a reason shown, the settings opened): no gate to ask. */
  readonly ungated?: boolean;
}

/**
 * The card's one small menu (⋯): what the person may want now and then, kept out of the
 * few things the card asks at first sight. Opening it changes nothing, so it needs no
 * gate; it opens under the card's header, and the card keeps its size. Esc closes the
 * menu first.
 */
export function CardMenu({ items }: { items: readonly MenuItem[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (items.length === 0) return null;
  const choose = (item: MenuItem) => () => {
    setOpen(false);
    item.onChoose();
  };
  return (
    <span
      class="card-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
      }}
    >
      <button
        type="button"
        class="icon-button"
        aria-label={t('cardMenu')}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <ul id={listId} class="card-menu__items" hidden={!open}>
        {open &&
          items.map((item) => (
            <li key={item.label}>
              {item.ungated ? (
                <button type="button" class="button button--small" onClick={choose(item)}>
                  {t(item.label)}
                </button>
              ) : (
                <ActionButton class="button button--small" onClick={choose(item)}>
                  {t(item.label)}
                </ActionButton>
              )}
            </li>
          ))}
      </ul>
    </span>
  );
}

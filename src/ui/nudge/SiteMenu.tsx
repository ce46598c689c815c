import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { ActionButton } from '../components/ActionButton';

/**
 * The card's small menu: "Not on this site" switches the site off (as its switch in the
 * settings would) and the card goes. Opening the menu changes nothing, so it needs no gate.
 */
export function SiteMenu({ onNotHere }: { onNotHere: () => void }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  return (
    <span class="site-menu">
      <button
        type="button"
        class="icon-button"
        aria-label={t('cardMenu')}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      <span id={menuId} class="site-menu__items" hidden={!open}>
        {open && (
          <ActionButton class="button button--small" onClick={onNotHere}>
            {t('notOnThisSite')}
          </ActionButton>
        )}
      </span>
    </span>
  );
}

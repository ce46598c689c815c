import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';

/**
 * A button that shows and hides a panel under it: it says whether the panel is open, and
 * names the panel only while it is on the page.
 */
export function DisclosureButton({
  open,
  panelId,
  class: className,
  buttonRef,
  onToggle,
  children,
}: {
  open: boolean;
  panelId: string;
  class: string;
  buttonRef?: Ref<HTMLButtonElement>;
  onToggle: () => void;
  children: ComponentChildren;
}) {
  return (
    <button ref={buttonRef} type="button" class={className} aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={onToggle}>
      {children}
    </button>
  );
}

/** That button and, while open, its panel, in one block; `panel` is given the id the button names. */
export function Disclosure({
  class: className,
  buttonClass,
  label,
  open,
  onToggle,
  panel,
}: {
  class: string;
  buttonClass: string;
  label: string;
  open: boolean;
  onToggle: () => void;
  panel: (panelId: string) => ComponentChildren;
}) {
  const panelId = useId();
  return (
    <div class={className}>
      <DisclosureButton open={open} panelId={panelId} class={buttonClass} onToggle={onToggle}>
        {label}
      </DisclosureButton>
      {open && panel(panelId)}
    </div>
  );
}

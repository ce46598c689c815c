import type { ComponentChildren, Ref } from 'preact';
import { useId, useState } from 'preact/hooks';

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

/**
 * That button and, while open, its panel, in one block; `panel` is given the id the button
 * names. It keeps whether it is open itself, unless the caller keeps it (`open`, `onToggle`)
 * to close it from outside.
 */
export function Disclosure({
  class: className,
  buttonClass,
  label,
  panel,
  ...kept
}: {
  class: string;
  buttonClass: string;
  label: string;
  panel: (panelId: string) => ComponentChildren;
} & ({ open: boolean; onToggle: () => void } | { open?: undefined; onToggle?: undefined })) {
  const panelId = useId();
  const [ownOpen, setOwnOpen] = useState(false);
  const open = kept.open ?? ownOpen;
  return (
    <div class={className}>
      <DisclosureButton open={open} panelId={panelId} class={buttonClass} onToggle={kept.onToggle ?? (() => setOwnOpen(!ownOpen))}>
        {label}
      </DisclosureButton>
      {open && panel(panelId)}
    </div>
  );
}

import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Whether a click may act. The in-page card answers no while it cannot be seen (a page can
 * cover it and let clicks through); the popup, a page of its own, always answers yes.
 */
export type ActionGate = () => boolean;
export const ActionGateContext = createContext<ActionGate>(() => true);

interface ActionButtonProps {
  onClick(): void;
  class?: string;
  'aria-pressed'?: boolean;
  'aria-disabled'?: boolean;
  'aria-label'?: string;
  disabled?: boolean;
  children: ComponentChildren;
}

/** A button whose action changes something or hands text over: it asks the gate first. */
export function ActionButton({ onClick, children, ...rest }: ActionButtonProps) {
  const mayAct = useContext(ActionGateContext);
  return (
    <button type="button" {...rest} onClick={() => mayAct() && onClick()}>
      {children}
    </button>
  );
}

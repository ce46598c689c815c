/**
 * The manifest's names for the keyboard shortcuts the extension handles itself: the
 * background hears the press, the card tells screen readers which key it is.
 * (`_execute_action`, Alt+Shift+H, opens the popup by itself.)
 */
export const FOCUS_CARD_COMMAND = 'focus-card';

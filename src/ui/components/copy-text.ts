/**
 * Copies the note. The clipboard API can be refused inside a frame on a web page (the
 * page's permissions policy decides), so the fallback selects the person's own textarea and
 * asks for the older copy command. If that fails too, the note stays selected and the
 * person can copy it with their keyboard.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused by the permissions policy or the browser: try the selection below.
  }
  return copyBySelection(field);
}

function copyBySelection(field: HTMLTextAreaElement | null): boolean {
  if (!field) return false;
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

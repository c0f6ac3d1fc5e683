/**
 * Whether the counsellor is entering text in `element` (a field, a text area, an editable region).
 * An incoming call must not move focus away from there: the next keystroke (Space, Enter) would
 * land on the answer button, and a half-typed word, or an input method's composition, is lost.
 */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(element.type);
  }
  return element instanceof HTMLElement && element.isContentEditable;
}

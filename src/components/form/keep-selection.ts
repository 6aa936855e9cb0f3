// Keeps a person's whole-field selection when the autosave form replaces a focused field's value
// with one another tab (or an import, or a sync) stored. A browser collapses the selection to the
// end when a script sets a field's value, so someone who had selected the old text to type over it
// would have their typing appended to the new value instead ("Theirs" + "mine"), a value nobody
// typed. Kept whole, the next keystroke replaces the field, as it would have done a moment earlier.
// Only a whole selection (or the caret in an empty field) is kept: a caret or part-selection has no
// place in a different text that means the same, so the browser's end-of-field caret stands.
// A number input exposes no selection to scripts, so it is left as the browser has it.

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const isTextControl = (el: unknown): el is TextControl =>
  typeof HTMLInputElement !== 'undefined' &&
  (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement);

/**
 * Call before a field's value is set from outside; call what it returns right after. Does nothing
 * unless `el` has focus and its whole text is selected.
 */
export function keepWholeSelection(el: unknown): () => void {
  if (!isTextControl(el) || el.ownerDocument.activeElement !== el) return () => undefined;
  let direction: TextControl['selectionDirection'];
  try {
    const { selectionStart, selectionEnd } = el;
    if (selectionStart !== 0 || selectionEnd !== el.value.length) return () => undefined;
    direction = el.selectionDirection;
  } catch {
    return () => undefined; // This input type has no selection (number, date, …).
  }
  return () => {
    try {
      el.setSelectionRange(0, el.value.length, direction ?? 'none');
    } catch {
      // The type changed under us: nothing to keep.
    }
  };
}

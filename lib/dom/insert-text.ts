/**
 * Writes text into the field that has focus, as typing would: through the browser's own editing
 * command, so the field's undo (Ctrl+Z) takes it out again and the page's listeners hear a normal
 * `input` event. Both Chromium and Firefox (since 89) run `insertText` in text fields and editable
 * elements. Where the command is refused, a text field gets the text at its selection and an `input`
 * event instead (undo then cannot take it back). Nothing happens unless the focused element is editable.
 */
export function insertTextAtFocus(doc: Document, text: string): boolean {
  const target = findFocusedField(doc);
  if (!target) return false;
  if (doc.execCommand('insertText', false, text)) return true;
  if (!isTextField(target)) return false;
  const start = target.selectionStart ?? target.value.length;
  const end = target.selectionEnd ?? start;
  target.setRangeText(text, start, end, 'end');
  target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', '']);

function isTextField(element: Element): element is TextField {
  // By tag name, not instanceof: the field may belong to another realm than the script's.
  if (element.localName === 'textarea') return true;
  return element.localName === 'input' && TEXT_INPUT_TYPES.has((element as HTMLInputElement).type);
}

/** The focused element, through open shadow roots, when it takes typed text and is not read-only. */
function findFocusedField(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return null;
  if (isTextField(active)) return active.readOnly || active.disabled ? null : active;
  return (active as HTMLElement).isContentEditable ? (active as HTMLElement) : null;
}

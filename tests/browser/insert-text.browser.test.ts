import { describe, expect, it } from 'vitest';
import { insertTextAtFocus } from '@/lib/dom/insert-text';
import { mount } from './support';

describe('insertTextAtFocus', () => {
  it('types into the focused notes box at the caret, as an input event, and undo takes it out again', () => {
    const box = mount('<textarea>Dear spa, </textarea>').querySelector('textarea')!;
    const heard: string[] = [];
    box.addEventListener('input', (event) => heard.push((event as InputEvent).inputType));
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
    expect(insertTextAtFocus(document, 'my lower back hurts.')).toBe(true);
    expect(box.value).toBe('Dear spa, my lower back hurts.');
    expect(heard).toEqual(['insertText']);
    document.execCommand('undo');
    expect(box.value).toBe('Dear spa, ');
  });

  it('replaces a selection in a text input, and writes into an editable element', () => {
    const root = mount('<input value="one two three"><div contenteditable="true">Notes</div>');
    const input = root.querySelector('input')!;
    input.focus();
    input.setSelectionRange(4, 7);
    insertTextAtFocus(document, 'and a half');
    expect(input.value).toBe('one and a half three');
    const editable = root.querySelector<HTMLElement>('[contenteditable]')!;
    editable.focus();
    getSelection()!.collapse(editable.firstChild, 5);
    expect(insertTextAtFocus(document, ': light pressure')).toBe(true);
    expect(editable.textContent).toBe('Notes: light pressure');
  });

  it.each([
    ['a read-only notes box', '<textarea readonly>fixed</textarea>', 'textarea'],
    ['a disabled field', '<input value="fixed" disabled>', 'input'],
    ['a checkbox', '<input type="checkbox">', 'input'],
    ['a button', '<button>Book</button>', 'button'],
  ])('leaves %s alone', (_what, html, selector) => {
    const element = mount(html).querySelector<HTMLElement>(selector)!;
    element.focus();
    const before = mount('<p>page</p>').parentElement!.innerHTML;
    expect(insertTextAtFocus(document, 'note')).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does nothing when no field has focus', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    expect(insertTextAtFocus(document, 'note')).toBe(false);
  });
});

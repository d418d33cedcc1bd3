import { describe, expect, it } from 'vitest';
import { CARD_HOST } from '@/lib/card/card-element';
import { createExclusionCheck } from '@/lib/dom/scan-exclusions';
import { mount } from './support';

describe('createExclusionCheck', () => {
  const root = () =>
    mount(`
      <p id="prose">Prose <b id="inline">with markup</b></p>
      <form><textarea id="textarea">notes</textarea><select><option id="option">Shiatsu</option></select></form>
      <pre id="pre">code</pre><p>Press <kbd id="kbd">k</kbd>, <code><span id="in-code">x</span></code></p>
      <div hidden><span id="hidden">hidden</span></div>
      <div aria-hidden="true"><span id="aria">decorative</span></div>
      <div aria-hidden="false"><span id="aria-false">shown</span></div>
      <div contenteditable="true"><p id="editable">draft</p></div>
      <div contenteditable="false"><p id="not-editable">fixed</p></div>
      <${CARD_HOST}><span id="ours">card</span></${CARD_HOST}>`);

  it.each([
    ['prose', false],
    ['inline', false],
    ['textarea', true],
    ['option', true],
    ['pre', true],
    ['kbd', true],
    ['in-code', true],
    ['hidden', true],
    ['aria', true],
    ['aria-false', false],
    ['editable', true],
    ['not-editable', false],
    ['ours', true],
  ])('#%s excluded: %s', (id, excluded) => {
    const container = root();
    const isExcluded = createExclusionCheck(document);
    expect(isExcluded(container.querySelector(`#${id}`)!)).toBe(excluded);
  });

  it.each([
    [
      'Monaco',
      '<div class="monaco-editor"><div class="view-lines"><div class="view-line"><span id="t">x</span></div></div></div>',
    ],
    ['Ace', '<div class="ace_editor"><div class="ace_content"><div class="ace_line" id="t">x</div></div></div>'],
    ['CodeMirror 6', '<div class="cm-editor"><div class="cm-content"><div class="cm-line" id="t">x</div></div></div>'],
    [
      'CodeMirror 5',
      '<div class="CodeMirror"><div class="CodeMirror-code"><pre><span id="t">x</span></pre></div></div>',
    ],
    ['role=textbox', '<div role="textbox"><p id="t">x</p></div>'],
    ['aria-multiline', '<div aria-multiline="true"><p id="t">x</p></div>'],
    ['a contenteditable ancestor', '<div contenteditable="plaintext-only"><div><p id="t">x</p></div></div>'],
  ])('excludes the lines of an editor drawn as plain elements: %s', (_, html) => {
    const container = mount(html);
    expect(createExclusionCheck(document)(container.querySelector('#t')!)).toBe(true);
  });

  it('keeps prose that only mentions editors', () => {
    const container = mount('<div class="monaco-docs" aria-multiline="false" role="note"><p id="t">x</p></div>');
    expect(createExclusionCheck(document)(container.querySelector('#t')!)).toBe(false);
  });

  it('crosses shadow boundaries through the host', () => {
    const container = mount('<div id="open"></div><div contenteditable="true"><span id="host"></span></div>');
    const open = container.querySelector('#open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>shown</p>';
    const closedOff = container.querySelector('#host')!.attachShadow({ mode: 'open' });
    closedOff.innerHTML = '<p>inside an editable host</p>';
    const isExcluded = createExclusionCheck(document);
    expect(isExcluded(open.querySelector('p')!)).toBe(false);
    expect(isExcluded(closedOff.querySelector('p')!)).toBe(true);
  });

  it('excludes everything while the document is in design mode', () => {
    const container = mount('<p>Text</p>');
    document.designMode = 'on';
    try {
      expect(createExclusionCheck(document)(container.querySelector('p')!)).toBe(true);
    } finally {
      document.designMode = 'off';
    }
  });

  it('answers from its cache for an element it was asked about, so one check serves one scan', () => {
    const container = mount('<p>Text</p>');
    const p = container.querySelector('p')!;
    const isExcluded = createExclusionCheck(document);
    expect(isExcluded(p)).toBe(false);
    p.hidden = true;
    expect(isExcluded(p)).toBe(false);
    expect(createExclusionCheck(document)(p)).toBe(true);
  });
});

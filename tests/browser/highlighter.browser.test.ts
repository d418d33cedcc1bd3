import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter, highlightName, type Highlighter } from '@/lib/dom/highlighter';
import type { PageWindow } from '@/lib/dom/page-window';
import { mount, pageWindow, textOf } from './support';

const registered = () => [...CSS.highlights.keys()].filter((name) => name.startsWith('relief-lens-')).sort();

describe('createHighlighter with the Custom Highlight API', () => {
  let highlighter: Highlighter | undefined;
  afterEach(() => highlighter?.clear());

  it('draws without touching the DOM: one registered highlight per category, holding static ranges', () => {
    const root = mount('<p id="a">Swedish massage and sciatica</p>');
    const before = root.innerHTML;
    highlighter = createHighlighter(pageWindow, 'underline', () => undefined);
    const text = textOf(root, '#a');
    const technique = highlighter.createRange(text, 0, text, 15);
    const condition = highlighter.createRange(text, 20, text, 28);
    expect(technique).toBeInstanceOf(StaticRange);
    highlighter.add([
      { range: technique, category: 'technique' },
      { range: condition, category: 'condition' },
    ]);
    expect(registered()).toEqual([highlightName('underline', 'condition'), highlightName('underline', 'technique')]);
    expect([...CSS.highlights.get(highlightName('underline', 'technique'))!]).toEqual([technique]);
    expect(root.innerHTML).toBe(before);

    highlighter.remove([{ range: technique, category: 'technique' }]);
    expect(CSS.highlights.get(highlightName('underline', 'technique'))!.size).toBe(0);
    expect(CSS.highlights.get(highlightName('underline', 'condition'))!.size).toBe(1);
  });

  it('asks for the highlight registry, and says it first draws, only once it has something to draw', () => {
    let asked = 0;
    let firstDraws = 0;
    const counting = {
      CSS: {
        get highlights() {
          asked += 1;
          return pageWindow.CSS.highlights;
        },
      },
      Highlight: pageWindow.Highlight,
      StaticRange: pageWindow.StaticRange,
    } as unknown as PageWindow;
    highlighter = createHighlighter(counting, 'underline', () => (firstDraws += 1));
    highlighter.setStyle('background');
    highlighter.remove([]);
    highlighter.clear();
    expect([asked, firstDraws]).toEqual([0, 0]);
    const text = textOf(mount('<p id="a">Shiatsu</p>'), '#a');
    highlighter.add([{ range: highlighter.createRange(text, 0, text, 7), category: 'technique' }]);
    highlighter.add([{ range: highlighter.createRange(text, 0, text, 3), category: 'stroke' }]);
    expect([asked, firstDraws]).toEqual([1, 1]);
    expect(registered()).toEqual([highlightName('background', 'stroke'), highlightName('background', 'technique')]);
  });

  it('moves its highlights under the other style’s names, and clears every name it registered', () => {
    const root = mount('<p id="a">Shiatsu</p>');
    highlighter = createHighlighter(pageWindow, 'underline', () => undefined);
    const text = textOf(root, '#a');
    const range = highlighter.createRange(text, 0, text, 7);
    highlighter.add([{ range, category: 'technique' }]);
    highlighter.setStyle('background');
    expect(registered()).toEqual([highlightName('background', 'technique')]);
    expect([...CSS.highlights.get(highlightName('background', 'technique'))!]).toEqual([range]);
    highlighter.clear();
    expect(registered()).toEqual([]);
  });

  it('sees when the page clears the registry, deletes or overwrites a name, or empties a highlight', () => {
    const text = textOf(mount('<p id="a">Shiatsu and sciatica</p>'), '#a');
    highlighter = createHighlighter(pageWindow, 'underline', () => undefined);
    expect(highlighter.intact()).toBe(true);
    const items = [
      { range: highlighter.createRange(text, 0, text, 7), category: 'technique' as const },
      { range: highlighter.createRange(text, 12, text, 20), category: 'condition' as const },
    ];
    const technique = highlightName('underline', 'technique');
    const tamperings: Array<[string, () => void]> = [
      ['clear()', () => CSS.highlights.clear()],
      ['delete(name)', () => CSS.highlights.delete(technique)],
      ['set(name, its own)', () => CSS.highlights.set(technique, new Highlight())],
      ['emptied', () => CSS.highlights.get(technique)!.clear()],
      ['a range deleted', () => CSS.highlights.get(technique)!.delete(items[0]!.range)],
    ];
    highlighter.add(items);
    for (const [what, tamper] of tamperings) {
      expect(highlighter.intact(), `before ${what}`).toBe(true);
      tamper();
      expect(highlighter.intact(), `after ${what}`).toBe(false);
      highlighter.redraw(items);
      expect(registered(), `redrawn after ${what}`).toEqual([highlightName('underline', 'condition'), technique]);
      expect([...CSS.highlights.get(technique)!], `redrawn after ${what}`).toEqual([items[0]!.range]);
    }
    // Our own erasing keeps the count: only the page's edits break it.
    highlighter.remove([items[1]!]);
    expect(highlighter.intact()).toBe(true);
  });

  it('redraws under fresh highlights, so one the page kept a hold of no longer shows ours', () => {
    const text = textOf(mount('<p id="a">Shiatsu</p>'), '#a');
    highlighter = createHighlighter(pageWindow, 'underline', () => undefined);
    const item = { range: highlighter.createRange(text, 0, text, 7), category: 'technique' as const };
    highlighter.add([item]);
    const held = CSS.highlights.get(highlightName('underline', 'technique'))!;
    CSS.highlights.clear();
    highlighter.redraw([item]);
    const fresh = CSS.highlights.get(highlightName('underline', 'technique'))!;
    expect(fresh).not.toBe(held);
    held.clear();
    expect(highlighter.intact()).toBe(true);
  });

  it('leaves a highlight the page put under one of its names when it clears', () => {
    const text = textOf(mount('<p id="a">Shiatsu</p>'), '#a');
    highlighter = createHighlighter(pageWindow, 'underline', () => undefined);
    highlighter.add([{ range: highlighter.createRange(text, 0, text, 7), category: 'technique' }]);
    const pages = new Highlight();
    CSS.highlights.set(highlightName('underline', 'technique'), pages);
    highlighter.clear();
    expect(CSS.highlights.get(highlightName('underline', 'technique'))).toBe(pages);
    CSS.highlights.clear();
  });

  it('names highlights by style and category, as the content CSS styles them', () => {
    expect(highlightName('underline', 'technique')).toBe('relief-lens-u-technique');
    expect(highlightName('background', 'condition')).toBe('relief-lens-b-condition');
  });
});

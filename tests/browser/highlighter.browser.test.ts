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

  it('names highlights by style and category, as the content CSS styles them', () => {
    expect(highlightName('underline', 'technique')).toBe('relief-lens-u-technique');
    expect(highlightName('background', 'condition')).toBe('relief-lens-b-condition');
  });
});

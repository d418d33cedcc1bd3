import { describe, expect, it } from 'vitest';
import { chooseCardTheme, parseColor, readPageTheme } from '@/lib/dom/page-theme';
import { mount } from './support';

/** A paragraph inside nested boxes with the given backgrounds, outermost first; returns the paragraph. */
function nest(backgrounds: string[]): HTMLElement {
  const container = mount('');
  let parent: HTMLElement = container;
  for (const background of backgrounds) {
    const box = document.createElement('div');
    box.style.background = background;
    parent.append(box);
    parent = box;
  }
  const paragraph = document.createElement('p');
  paragraph.textContent = 'Deep tissue massage';
  parent.append(paragraph);
  return paragraph;
}

describe('readPageTheme', () => {
  it.each([
    ['a page dark by its own CSS', ['#101418'], 'dark'],
    ['a light page', ['#ffffff'], 'light'],
    ['a dark box on a light page', ['#fff', 'rgb(30, 30, 40)'], 'dark'],
    ['a light card inside a dark page', ['#111', '#f5f0e6'], 'light'],
    ['a faint tint over a dark page', ['#111', 'rgb(255 255 255 / 0.1)'], 'dark'],
    ['a mid grey that still reads light', ['#808080'], 'light'],
    ['a colour in a space we do not read', ['oklch(0.2 0.02 250)'], null],
  ] as const)('finds %s', (_, backgrounds, theme) => {
    const paragraph = nest([...backgrounds]);
    const answer = readPageTheme(window, paragraph);
    // Chromium may compute oklch() as rgb(): then it is read, and it is dark.
    if (theme === null) expect([null, 'dark']).toContain(answer);
    else expect(answer).toBe(theme);
  });

  it("leaves it to the system's scheme where nothing behind the text is painted", () => {
    const body = document.body.style.background;
    const root = document.documentElement.style.background;
    document.body.style.background = 'transparent';
    document.documentElement.style.background = 'transparent';
    try {
      const paragraph = nest(['transparent']);
      expect(readPageTheme(window, paragraph)).toBeNull();
      const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
      expect(chooseCardTheme(window, paragraph)).toBe(system);
    } finally {
      document.body.style.background = body;
      document.documentElement.style.background = root;
    }
  });
});

describe('parseColor', () => {
  it.each([
    ['rgb(16, 20, 24)', { rgb: [16 / 255, 20 / 255, 24 / 255], alpha: 1 }],
    ['rgba(0, 0, 0, 0)', { rgb: [0, 0, 0], alpha: 0 }],
    ['color(srgb 1 0.5 0 / 0.25)', { rgb: [1, 0.5, 0], alpha: 0.25 }],
    ['oklch(0.5 0.1 200)', null],
  ])('reads %s', (value, expected) => expect(parseColor(value)).toEqual(expected));
});

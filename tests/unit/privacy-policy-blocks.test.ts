import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type Block, type Span } from '@/lib/privacy/policy-blocks';

const POLICY = readFileSync(resolve(import.meta.dirname, '../../PRIVACY.md'), 'utf8');

/** The words of a block, without markup, for comparing with the markdown's own words. */
const textOf = (spans: Span[]) => spans.map((span) => span.text).join('');
const wordsOf = (block: Block): string =>
  block.kind === 'list' ? block.items.map(textOf).join(' ') : textOf(block.spans);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('parsePolicy', () => {
  it.each([
    ['# Title', [{ kind: 'heading', level: 1, spans: [{ text: 'Title', strong: false }] }]],
    [
      'One line\nand the next.\n\nA second paragraph.',
      [
        { kind: 'paragraph', spans: [{ text: 'One line and the next.', strong: false }] },
        { kind: 'paragraph', spans: [{ text: 'A second paragraph.', strong: false }] },
      ],
    ],
    [
      '- **Bold** start\n  carried on\n- second',
      [
        {
          kind: 'list',
          items: [
            [
              { text: 'Bold', strong: true },
              { text: ' start carried on', strong: false },
            ],
            [{ text: 'second', strong: false }],
          ],
        },
      ],
    ],
    [
      '- a\n\n- b',
      [
        { kind: 'list', items: [[{ text: 'a', strong: false }]] },
        { kind: 'list', items: [[{ text: 'b', strong: false }]] },
      ],
    ],
  ])('%j', (markdown, blocks) => {
    expect(parsePolicy(markdown)).toEqual(blocks);
  });

  it.each([
    ['### Deep heading', 'below level 2'],
    ['1. numbered', 'numbered'],
    ['* starred', 'numbered or starred'],
    ['| a | b |', 'table'],
    ['> quoted', 'quote'],
    ['See [the guide](guide.html).', 'link'],
    ['Some <b>HTML</b>', 'HTML'],
    ['Some `code`', 'code'],
    ['An *emphasised* word', 'single-star'],
    ['An **unclosed bold', 'unclosed'],
  ])('refuses %j', (markdown, reason) => {
    expect(() => parsePolicy(markdown)).toThrow(reason);
  });
});

describe('PRIVACY.md', () => {
  const blocks = parsePolicy(POLICY);

  it('renders whole: every word of the markdown is in a block, in order', () => {
    const markup = POLICY.replace(/^#+ |^- |\*\*/gm, '').replaceAll('**', '');
    expect(words(blocks.map(wordsOf).join(' '))).toEqual(words(markup));
  });

  it('says what is stored, where, for how long, and what a page can see', () => {
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 1)).toHaveLength(1);
    const headings = blocks.filter((b) => b.kind === 'heading' && b.level === 2).map(wordsOf);
    expect(headings).toEqual(
      expect.arrayContaining([
        'What Relief Lens stores',
        'Where it is stored',
        'For how long',
        'What a website can notice',
      ]),
    );
    // The wording the health profile's storage must keep matching (see docs/store/README.md).
    expect(POLICY).toContain('extension storage on this device that only Relief Lens');
    expect(POLICY).toContain('no network requests');
  });
});

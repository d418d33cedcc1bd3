/**
 * PRIVACY.md is the one text of the privacy policy: the stores link to it, and the extension's privacy
 * page renders it, so that the policy can be read offline and the two never drift apart. The page gets
 * it as plain data from this parser, never as HTML. The parser knows only what the policy needs
 * (headings, paragraphs, lists, bold) and refuses anything else, so a link or a table added to the
 * markdown fails the tests instead of showing as stray symbols on the page.
 */

/** A run of inline text; `strong` for text between `**`. */
export interface Span {
  text: string;
  strong: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] };

/** Markdown the parser does not render, with what to write instead. */
const REFUSED: readonly [RegExp, string][] = [
  [/^#{3,}\s/, 'a heading below level 2'],
  [/^\s*(\d+[.)]|[*+])\s/, 'a numbered or starred list (use "- ")'],
  [/^\s*[|>]/, 'a table or a quote'],
  [/\]\(|<|`|(^|[^*])\*(?!\*)|_\w/, 'a link, HTML, code or single-star emphasis'],
];

export function parsePolicy(markdown: string): Block[] {
  const blocks: Block[] = [];
  /** The lines of the paragraph or list item being read, and the list it belongs to. */
  let lines: string[] = [];
  let list: Span[][] | null = null;
  const close = () => {
    if (lines.length === 0) return;
    const spans = parseSpans(lines.join(' '));
    if (list) list.push(spans);
    else blocks.push({ kind: 'paragraph', spans });
    lines = [];
  };

  markdown.split('\n').forEach((line, index) => {
    for (const [pattern, what] of REFUSED) {
      if (pattern.test(line))
        throw new Error(`PRIVACY.md line ${index + 1}: ${what} cannot be shown on the privacy page`);
    }
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    const item = /^-\s+(.*)$/.exec(line);
    if (line.trim() === '' || heading) {
      close();
      list = null;
      if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2, spans: parseSpans(heading[2]!) });
    } else if (item) {
      close();
      if (!list) {
        list = [];
        blocks.push({ kind: 'list', items: list });
      }
      lines = [item[1]!];
    } else lines.push(line.trim());
  });
  close();
  return blocks;
}

function parseSpans(text: string): Span[] {
  const parts = text.split('**');
  if (parts.length % 2 === 0) throw new Error(`PRIVACY.md: unclosed ** in "${text}"`);
  return parts.map((part, i) => ({ text: part, strong: i % 2 === 1 })).filter((span) => span.text !== '');
}

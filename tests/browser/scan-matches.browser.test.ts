import { describe, expect, it } from 'vitest';
import { collectPageText } from '@/lib/dom/page-text';
import { createBlockIds } from '@/lib/dom/scan-blocks';
import { createExclusionCheck } from '@/lib/dom/scan-exclusions';
import type { PageMatch } from '@/lib/dom/match-index';
import { elementAround, findPageMatches } from '@/lib/dom/scan-matches';
import type { Category } from '@/lib/guide/vocabulary';
import { readGuideFormIndex } from '@/lib/match/guide-form-index';
import { guideMatcher, mount, neverDue } from './support';

const guideCategoryOf = (termId: string) => readGuideFormIndex().categories.get(termId);

async function matchesIn(
  roots: Node[],
  categoryOf: (termId: string) => Category | undefined = guideCategoryOf,
): Promise<PageMatch[]> {
  const page = await collectPageText(document, roots, neverDue);
  return findPageMatches(page, {
    matcher: guideMatcher(),
    categoryOf,
    blockIds: createBlockIds(),
    isExcluded: createExclusionCheck(document),
    slicer: neverDue,
  });
}

/** What a match covers in the page, read through a live Range over its nodes. */
function coveredText(match: PageMatch): string {
  const range = document.createRange();
  range.setStart(match.startNode, match.startOffset);
  range.setEnd(match.endNode, match.endOffset);
  return range.toString();
}

const summary = (matches: PageMatch[]) => matches.map((m) => `${m.termId}:${coveredText(m)}`);

describe('findPageMatches', () => {
  it('places each match on the text nodes that hold it, across inline markup', async () => {
    const root = mount('<p>After a <em>deep</em> tissue massage, Swedish massage.</p><p>Sciatica.</p>');
    const matches = await matchesIn([root]);
    expect(summary(matches)).toEqual([
      'deep-tissue-massage:deep tissue massage',
      'swedish-massage:Swedish massage',
      'sciatica:Sciatica',
    ]);
    const [deep] = matches;
    expect(deep!.startNode).toBe(root.querySelector('em')!.firstChild);
    expect(deep!.endNode).not.toBe(deep!.startNode);
  });

  it('makes each match whole, with its term’s category and no highlight yet, and drops terms without one', async () => {
    const root = mount('<p>Shiatsu eased my sciatica.</p>');
    const matches = await matchesIn([root]);
    expect(matches.map((m) => [m.termId, m.category, m.highlight])).toEqual([
      ['shiatsu', guideCategoryOf('shiatsu'), null],
      ['sciatica', guideCategoryOf('sciatica'), null],
    ]);
    expect(guideCategoryOf('shiatsu')).toBe('technique');
    const known = await matchesIn([root], (termId) => (termId === 'sciatica' ? undefined : guideCategoryOf(termId)));
    expect(summary(known)).toEqual(['shiatsu:Shiatsu']);
  });

  it('drops matches in excluded places and keeps the prose around them', async () => {
    const root = mount(`
      <p>Before your Swedish massage:</p>
      <label>Complaint <textarea>sciatica</textarea></label>
      <pre>shiatsu</pre><p hidden>sciatica</p>
      <div contenteditable="true">deep tissue massage</div>
      <p>Shiatsu afterwards.</p>`);
    expect(summary(await matchesIn([root]))).toEqual(['swedish-massage:Swedish massage', 'shiatsu:Shiatsu']);
  });

  it('does not join the words either side of a long script into one term, nor match inside it', async () => {
    const code = `/* Swedish massage */${' '.repeat(300)}`;
    const root = mount(`<p>Swedish <script>${code}</script>massage, then Swedish <style>${code}</style> massage.</p>`);
    expect(summary(await matchesIn([root]))).toEqual([]);
  });

  it('does not join words of two blocks into one term, and gives each block its own id', async () => {
    const root = mount('<div>A Swedish</div><div>massage</div><p>Sciatica and <b>shiatsu</b></p><p>Shiatsu</p>');
    const matches = await matchesIn([root]);
    expect(summary(matches)).toEqual(['sciatica:Sciatica', 'shiatsu:shiatsu', 'shiatsu:Shiatsu']);
    const [first, inline, next] = matches.map((m) => m.block);
    expect(inline).toBe(first);
    expect(next).not.toBe(first);
  });

  it('finds a term that straddles the edge between two of the matcher’s windows once', async () => {
    // Windows edges fall every 8,192 characters, 32,768 among them: put "Swedish massage" across that
    // edge inside one long text node.
    const filler = 'x '.repeat((1 << 14) - 4);
    const root = mount(`<p>${filler}Swedish massage ${filler}sciatica</p>`);
    const matches = await matchesIn([root]);
    expect(summary(matches)).toEqual(['swedish-massage:Swedish massage', 'sciatica:sciatica']);
    expect(matches[0]!.startOffset).toBeLessThan(1 << 15);
    expect(matches[0]!.endOffset).toBeGreaterThan(1 << 15);
  });

  it('matches text inside a shadow root given as a root, whose element is the host', async () => {
    const root = mount('<aside></aside>');
    const host = root.querySelector('aside')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('Shiatsu directly in the shadow root');
    const [match] = await matchesIn([shadow]);
    expect(match && coveredText(match)).toBe('Shiatsu');
    expect(elementAround(match!.startNode)).toBe(host);
  });
});

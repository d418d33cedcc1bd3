import { describe, expect, it } from 'vitest';
import { collectPageText, SKIPPED_TEXT } from '@/lib/dom/page-text';
import { NODE_SEPARATOR, readText } from '@/lib/dom/text-index';
import { alwaysDue, mount, neverDue } from './support';

/** The joined text the page text stands for, read back through readText as the matcher reads it. */
const joined = (page: Awaited<ReturnType<typeof collectPageText>>) => readText(page.datas, page.starts, 0, page.length);

describe('collectPageText', () => {
  it('lists every text node in document order, joined by the separator, with each start offset', async () => {
    const root = mount('<p>Deep <em>tissue</em> massage</p><ul><li>Shiatsu</li><li>Reflexology</li></ul>');
    const page = await collectPageText(document, [root], neverDue);
    expect(page.datas).toEqual(['Deep ', 'tissue', ' massage', 'Shiatsu', 'Reflexology']);
    expect(page.nodes.map((n) => n.data)).toEqual(page.datas);
    expect(joined(page)).toBe(page.datas.join(NODE_SEPARATOR));
    expect(page.length).toBe(joined(page).length);
    page.nodes.forEach((node, i) => expect(joined(page).slice(page.starts[i]).startsWith(node.data)).toBe(true));
  });

  it('reads a text node given as a root, and nothing for an empty root', async () => {
    const root = mount('<p>Sciatica</p><div></div>');
    const text = root.querySelector('p')!.firstChild!;
    expect((await collectPageText(document, [text], neverDue)).datas).toEqual(['Sciatica']);
    const empty = await collectPageText(document, [root.querySelector('div')!], neverDue);
    expect(empty).toMatchObject({ nodes: [], length: 0 });
  });

  it('stands in one character for the long text of a script, style sheet, noscript or textarea', async () => {
    const long = 'x'.repeat(300);
    const root = mount(
      `<p>Shiatsu</p><script>${long}</script><style>${long}</style><noscript>${long}</noscript>` +
        `<textarea>${long}</textarea><script>short()</script><p>${long}</p>`,
    );
    const page = await collectPageText(document, [root], neverDue);
    expect(page.datas).toEqual(['Shiatsu', ...Array<string>(4).fill(SKIPPED_TEXT), 'short()', long]);
    expect(page.nodes).toHaveLength(page.datas.length);
    expect(page.length).toBe(joined(page).length);
  });

  it('reads each node once when roots overlap', async () => {
    const root = mount('<section><p>Thai massage</p></section><p>Hot stone massage</p>');
    const page = await collectPageText(document, [root, root.querySelector('section')!, root], neverDue);
    expect(page.datas).toEqual(['Thai massage', 'Hot stone massage']);
  });

  it('does not enter shadow roots, but reads one passed as a root of its own', async () => {
    const root = mount('<p>Light</p><aside></aside>');
    const shadow = root.querySelector('aside')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow shiatsu</p>';
    expect((await collectPageText(document, [root], neverDue)).datas).toEqual(['Light']);
    expect((await collectPageText(document, [root, shadow], neverDue)).datas).toEqual(['Light', 'Shadow shiatsu']);
  });

  it('resumes from the nearest surviving ancestor when the page removes its place while it yields', async () => {
    // The walk checks the clock every 256 nodes: 300 paragraphs make it yield once, inside the first section.
    const paragraphs = (label: string) => Array.from({ length: 300 }, (_, i) => `<p>${label} ${i}</p>`).join('');
    const root = mount(
      `<section id="first">${paragraphs('first')}</section><section>${paragraphs('second')}</section>`,
    );
    let removed = false;
    const slicer = alwaysDue(() => {
      if (removed) return;
      removed = true;
      root.querySelector('#first')!.remove();
    });
    const page = await collectPageText(document, [root], slicer);
    expect(removed).toBe(true);
    // What was read before the yield stays; after it the walk goes on with the next section, no node twice.
    const firsts = page.datas.filter((d) => d.startsWith('first'));
    expect(firsts.length).toBeGreaterThan(0);
    expect(firsts.length).toBeLessThan(300);
    expect(page.datas.filter((d) => d.startsWith('second'))).toHaveLength(300);
    expect(new Set(page.nodes).size).toBe(page.nodes.length);
  });
});

/**
 * Hostile pages against the scan, in both browsers: pages that replace their body, root element or
 * whole document, storm the history with navigations, churn a thousand paragraphs every 100 ms, or
 * outlive the extension. Each fixture under tests/fixtures/hostile-scan/ can be opened by hand too.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionId, useSession, type TestPage } from './harness';

/** The text of every highlight the page can see through CSS.highlights, and whether its text is still in the page. */
function readHighlights(page: TestPage): Promise<Array<{ text: string; connected: boolean }>> {
  return page.evaluate(() => {
    const seen: Array<{ text: string; connected: boolean }> = [];
    (CSS as any).highlights.forEach((highlight: Set<AbstractRange>, name: string) => {
      if (!name.startsWith('relief-lens')) return;
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        seen.push({ text: range.toString().toLowerCase(), connected: r.startContainer.isConnected });
      }
    });
    return seen;
  }, null);
}

/** Waits until every term in `terms` is highlighted in text that is in the page now. */
const highlighted = (page: TestPage, terms: string[], what: string) =>
  page.waitFor(
    (terms) => {
      const seen = new Set<string>();
      (CSS as any).highlights.forEach((highlight: Set<AbstractRange>, name: string) => {
        if (!name.startsWith('relief-lens')) return;
        for (const r of highlight) {
          if (!r.startContainer.isConnected) continue;
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          seen.add(range.toString().toLowerCase());
        }
      });
      return terms.every((term) => seen.has(term));
    },
    terms,
    what,
    20_000,
  );

const AFTER = ['hot stone massage', 'sciatica', 'deep tissue massage'];

describe.each(BROWSERS)('hostile pages against the scan in %s', (browserName) => {
  const env = useSession(browserName);

  it.each([
    ['a Turbo-style body swap', 'body-swap.html', 'swapBody'],
    ['a body.innerHTML rewrite', 'body-swap.html', 'rewriteBody'],
    ['a replaced documentElement', 'replace-root.html', 'replaceRoot'],
    ['document.open() and write()', 'replace-root.html', 'rewriteDocument'],
  ])('highlights the new text after %s, and only text still in the page', async (_, fixture, change) => {
    const page = await env.session.newPage(env.server.url(`hostile-scan/${fixture}`));
    await highlighted(page, ['swedish massage', 'shiatsu'], 'the first scan');
    await page.evaluate((change) => (window as any)[change](), change);
    await highlighted(page, AFTER, `highlights after ${change}`);
    const seen = await readHighlights(page);
    expect(seen.filter((h) => h.connected).map((h) => h.text)).toEqual(expect.arrayContaining(AFTER));
    expect(seen.filter((h) => !h.connected)).toEqual([]);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('logs no uncaught error through 100 pushState navigations, and highlights the last view', async () => {
    const page = await env.session.newPage(env.server.url('hostile-scan/push-state.html'));
    await highlighted(page, ['swedish massage'], 'the first scan');
    await page.evaluate(() => (window as any).navigate(100), null);
    // View 100 holds "shiatsu and sciatica" (100 % 3 = 1).
    await highlighted(page, ['shiatsu', 'sciatica'], 'highlights on the last view');
    expect((await readHighlights(page)).filter((h) => !h.connected)).toEqual([]);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('starts over on a real single-page navigation, never on a forged one', async () => {
    const page = await env.session.newPage(env.server.url('hostile-scan/push-state.html'));
    const scans = () =>
      page.evaluate(
        () => (performance.getEntriesByName('relief-lens:scan').at(-1) as PerformanceMeasure).detail.count,
        null,
      );
    await highlighted(page, ['swedish massage'], 'the first scan');
    const id = await extensionId(env.session);
    // WXT's navigation event, as a page that learnt the id would forge it, then a change the
    // session must rescan: by the time that is drawn, a forged start-over would have scanned.
    await page.evaluate((id) => {
      for (let i = 0; i < 20; i++)
        for (const name of ['content', 'content-scripts/content'])
          window.dispatchEvent(new Event(`${id}:${name}:wxt:locationchange`));
      document.getElementById('view')!.insertAdjacentHTML('beforeend', '<p>Then shiatsu.</p>');
    }, id);
    await highlighted(page, ['shiatsu'], 'the added paragraph');
    expect(await scans()).toBe(1);
    await page.evaluate(() => (window as any).navigate(1), null);
    await page.waitFor(
      () => (performance.getEntriesByName('relief-lens:scan').at(-1) as PerformanceMeasure).detail.count === 2,
      null,
      'a scan of the new view',
    );
    await highlighted(page, ['shiatsu', 'sciatica'], 'highlights on the new view');
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('comes out of 10 s of heavy churn with the last paragraph highlighted and no removed text held', async () => {
    const page = await env.session.newPage(env.server.url('hostile-scan/churn.html'));
    await page.waitFor(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, 'the first scan');
    const done = page.evaluate(() => (window as any).churn(100), null);
    await done;
    await highlighted(page, ['shiatsu', 'hot stone massage'], 'highlights on the last paragraph');
    await page.waitFor(
      () => {
        let stale = 0;
        (CSS as any).highlights.forEach((h: Set<AbstractRange>) =>
          h.forEach((r) => (stale += r.startContainer.isConnected ? 0 : 1)),
        );
        return stale === 0;
      },
      null,
      'highlights of removed paragraphs to go',
    );
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  // Last: it reloads the extension under the session.
  it('stops the orphaned script once the extension reloads: it draws nothing more and throws nothing', async () => {
    const page = await env.session.newPage(env.server.url('hostile-scan/body-swap.html'));
    await highlighted(page, ['swedish massage', 'shiatsu'], 'the first scan');
    const options = await env.session.openExtensionPage('options.html');
    // The page that asks for the reload goes with it, so its evaluate may never answer.
    void options
      .evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.reload(), null)
      .catch(() => {});
    if (browserName === 'chromium') {
      // Chromium leaves the old script running, cut off from the extension. Each poll changes the
      // body (the reload lands at some point meanwhile): the first change it sees after the reload
      // must make it notice, clear its highlights and stop, not draw the new text.
      await page.waitFor(
        () => {
          (window as any).rewriteBody();
          return [...(CSS as any).highlights.keys()].every((name: string) => !name.startsWith('relief-lens'));
        },
        null,
        'the orphaned script to clear its highlights',
      );
      await page.evaluate(() => (window as any).rewriteBody(), null);
      await page.waitFor(() => new Promise((idle) => requestIdleCallback(() => idle(true))), null, 'an idle moment');
      expect(await readHighlights(page)).toEqual([]);
    } else {
      await page.evaluate(() => (window as any).swapBody(), null);
      // Firefox ends the old script with the extension and runs the reloaded one on the page.
      await highlighted(page, AFTER, 'the reloaded script to highlight the new body');
      expect((await readHighlights(page)).filter((h) => !h.connected)).toEqual([]);
    }
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});

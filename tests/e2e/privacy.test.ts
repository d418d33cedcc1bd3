import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession, type TestPage } from './harness';

/**
 * Relief Lens makes no network requests. This records every request the browser makes while the
 * extension scans pages, opens a card and runs its popup, options and guide pages, and allows only the
 * test pages (127.0.0.1) and the extension's own files. In Chromium the recorder is the context's
 * `request` event, which also reports the background service worker's fetches (checked with a probe
 * fetch from the worker, playwright-core 1.65); in Firefox it is every page's and tab's `request` event.
 */

const ALLOWED_SCHEMES = ['data:', 'blob:', 'about:'];

/** Rests the pointer on the page's first highlighted term and waits for its card. */
async function openFirstCard(page: TestPage): Promise<void> {
  const point = await page.evaluate(() => {
    // Highlights may hold StaticRanges, which have no boxes: measure a live Range over the same text.
    const ranges = [...CSS.highlights.values()]
      .flatMap((h) => [...h] as AbstractRange[])
      .map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live;
      });
    const range = ranges.find((r) => r.getClientRects().length > 0);
    if (!range) throw new Error('no highlighted term with a box on the page');
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, null);
  await page.mouseMove(point.x, point.y);
  await page.waitForCard((shadow) => shadow?.querySelector('[role="dialog"]') != null, null, 'a card');
}

describe.each(BROWSERS)('privacy in %s', (browserName) => {
  const env = useSession(browserName);

  it('makes no request besides the test pages and its own files', async () => {
    for (const fixture of ['article.html', 'booking.html']) {
      const page = await env.session.newPage(env.server.url(fixture));
      await page.waitFor(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, `highlights on ${fixture}`);
      if (fixture === 'article.html') await openFirstCard(page);
      await page.close();
    }
    for (const [path, ready] of [
      ['popup.html', 'h1'],
      ['options.html', '#add-site'],
      ['guide.html', 'h1'],
    ] as const) {
      const page = await env.session.openExtensionPage(path);
      await page.waitFor((selector) => document.querySelector(selector) !== null, ready, path);
      if (path === 'options.html') {
        // The recorder must see what extension pages fetch: a probe request it has to report.
        await page.evaluate(
          (url) => fetch(url, { mode: 'no-cors' }).then(() => undefined),
          env.server.url('privacy-probe.txt'),
        );
      }
      await page.close();
    }

    const requests = env.session.requests();
    expect(requests).toContain(env.server.url('privacy-probe.txt'));
    expect(requests).toContain(env.server.url('article.html'));
    const foreign = requests.filter(
      (url) =>
        !url.startsWith(`${env.server.origin}/`) &&
        !url.startsWith(`${env.session.extensionOrigin}/`) &&
        !ALLOWED_SCHEMES.some((scheme) => url.startsWith(scheme)),
    );
    expect(foreign).toEqual([]);
  });
});

/**
 * The first card of a page: the time from the end of the hover dwell to the first frame that shows the
 * card, on the first highlight of up to 10 pages (the corpus's, then the fixtures'). Its code loads on
 * first use (the background injects card.js), so the figure holds that load. The cost section measures
 * it with the service worker awake; this section also stops the worker before each hover, as the
 * browser does after 30 s without events, so waking it is part of the figure.
 */
import { fmt, launchWithExtension, median } from '../harness.mjs';

/** The hover dwell before a card opens: the settings' default (hoverDelayMs). */
const DWELL_MS = 300;
const CARD_PAGES = 10;

/**
 * Runs in the page: scrolls the first highlight into view and returns the middle of its first line,
 * or null when the page has none. Reads the highlights as any page can, through CSS.highlights.
 */
function findFirstHighlight() {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('relief-lens')) continue;
    for (const r of highlight) {
      if (!r.startContainer.isConnected) continue;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      if (box && box.width > 0) return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
  }
  return null;
}

/**
 * Runs in the page: resolves with the ms from the end of the dwell (the first pointer move plus the
 * dwell) to the first frame in which the card's host is open in the top layer, or null after 5 s.
 * Its shadow root is closed, but the page sees the host's `:popover-open` state.
 */
function awaitCard(dwellMs) {
  return new Promise((done) => {
    let moved = null;
    addEventListener('pointermove', () => (moved ??= performance.now()), { capture: true, once: true });
    const shown = () =>
      [...document.querySelectorAll('relief-lens-card')].some((host) => host.matches(':popover-open'));
    const started = performance.now();
    const frame = (time) => {
      if (moved !== null && shown()) return requestAnimationFrame(() => done(time - (moved + dwellMs)));
      if (performance.now() - started > 5000) return done(null);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Stops the extension's service worker and waits until the browser lists it no more: the next
 * message from a page has to start it again. Closing its target is what stopping it from the
 * browser's service-worker page does.
 */
async function stopServiceWorker(context) {
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const workers = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
      );
    for (const worker of await workers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    const deadline = Date.now() + 5000;
    while ((await workers()).length > 0) {
      if (Date.now() > deadline) throw new Error('the service worker did not stop');
      await new Promise((next) => setTimeout(next, 20));
    }
  } finally {
    await cdp.detach();
  }
}

/**
 * Hovers the first highlight on up to CARD_PAGES pages and returns each page's time to the painted
 * card; with `coldWorker`, the service worker is stopped just before each hover.
 */
export async function measureCards(context, pages, { coldWorker = false } = {}) {
  const times = [];
  for (const { url } of pages) {
    if (times.length >= CARD_PAGES) break;
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, {
        timeout: 30_000,
      });
      const point = await page.evaluate(findFirstHighlight);
      if (!point) continue;
      await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next))));
      if (coldWorker) await stopServiceWorker(context);
      const card = page.evaluate(awaitCard, DWELL_MS);
      await page.mouse.move(point.x, point.y);
      const ms = await card;
      if (ms !== null) times.push(ms);
    } finally {
      await page.close({ runBeforeUnload: false }).catch(() => {});
    }
  }
  return times;
}

/** The section: the first card with the service worker awake and stopped, in one browser, in turns of pages. */
export async function runFirstCard({ pages, extension, scratch }) {
  const context = await launchWithExtension(scratch.dir, extension);
  try {
    const warm = await measureCards(context, pages);
    const cold = await measureCards(context, pages, { coldWorker: true });
    const describe = (times) =>
      `median ${fmt(median(times))} ms over ${times.length} pages (each: ${times.map(fmt).join(', ')}) [≤ 100 ms]`;
    console.log(`\nFirst card of a page, from the end of the ${DWELL_MS} ms hover dwell to the painted card`);
    console.log(`  service worker awake:   ${describe(warm)}`);
    console.log(`  service worker stopped: ${describe(cold)}`);
    return { warmMs: median(warm), coldMs: median(cold) };
  } finally {
    await context.close();
  }
}

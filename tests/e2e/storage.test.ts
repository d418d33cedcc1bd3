import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession, type TestPage } from './harness';
import { OSTEOPOROSIS_PROFILE, storeProfileInPage } from './sample-profiles';

/** Calls `storage.local[method](arg)` in an extension page. */
function callStorage(page: TestPage, method: 'get' | 'set' | 'remove', arg: unknown): Promise<any> {
  return page.evaluate(
    ({ method, arg }) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local[method](arg),
    { method, arg },
  );
}

const waitForOptions = (page: TestPage) =>
  page.waitFor(() => document.querySelector('#add-site') !== null, null, 'the options form');

/**
 * Fills the add-site field (Preact takes the text on the `input` event, rendering before this call
 * returns); `submitSite` then sends the form. Script, not keys: in Firefox only the front tab takes keys.
 */
function fillSite(page: TestPage, site: string): Promise<void> {
  return page.evaluate((site) => {
    const input = document.querySelector<HTMLInputElement>('#add-site')!;
    input.value = site;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, site);
}

function submitSite(page: TestPage): Promise<void> {
  return page.evaluate(() => document.querySelector<HTMLFormElement>('.site-list__add')!.requestSubmit(), null);
}

/** The middle of the first occurrence of `text` on the page, in viewport coordinates. */
function pointAt(page: TestPage, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    throw new Error(`no "${text}" on the page`);
  }, text);
}

/** Where the open card's button labelled `label` is, once the card shows it. */
async function cardButton(page: TestPage, label: string): Promise<{ x: number; y: number }> {
  const find = (shadow: ShadowRoot | null, label: string) =>
    [...(shadow?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === label);
  await page.waitForCard(find, label, `the card's "${label}"`);
  return page.inCard((shadow, label) => {
    const button = [...shadow!.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;
    button.scrollIntoView({ block: 'nearest' });
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, label);
}

/** Random and hostile stored values: one set per run, the same in both browsers. */
const HOSTILE: Array<Record<string, unknown>> = [
  { settings: { enabled: true }, settings$: { v: -1e12 } },
  { settings: { categories: 'x'.repeat(100_000) }, settings$: { v: 1e308 } },
  { settings: 'garbage', settings$: { v: 1.5 } },
  { settings: [null, {}, -1], settings$: '2', profile: 42, profile$: { v: -1e12 } },
  { settings: { disabledSites: [{}, 7], hoverDelayMs: -1e12 }, profile: { profile: { mood: 'low' } } },
];

describe.each(BROWSERS)('stored values and writes in %s', (browserName) => {
  const env = useSession(browserName);

  it('lands every site two options pages add at the same moment, ten times over, and the card’s', async () => {
    const [first, second] = [
      await env.session.openExtensionPage('options.html'),
      await env.session.openExtensionPage('options.html'),
    ];
    await Promise.all([waitForOptions(first), waitForOptions(second)]);
    const sites: string[] = [];
    for (let round = 0; round < 10; round++) {
      const pair = [`a${round}.example`, `b${round}.example`];
      sites.push(...pair);
      await Promise.all([fillSite(first, pair[0]!), fillSite(second, pair[1]!)]);
      await Promise.all([submitSite(first), submitSite(second)]);
    }
    // A last round with the card's "Don't highlight on this site" (the test pages' site) racing them.
    const article = await env.session.newPage(env.server.url('card.html'));
    await article.waitFor(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, 'highlights');
    const term = await pointAt(article, 'deep tissue massage');
    await article.mouseMove(term.x, term.y);
    const button = await cardButton(article, 'Don’t highlight on this site');
    sites.push('x.example', 'y.example', '127.0.0.1');
    await Promise.all([fillSite(first, 'x.example'), fillSite(second, 'y.example')]);
    await Promise.all([submitSite(first), submitSite(second), article.mouseClick(button.x, button.y)]);
    await first.waitFor(
      (count) => document.querySelectorAll('.site-list li').length === count,
      sites.length,
      'every site listed',
    );
    await article.waitFor(() => [...CSS.highlights.values()].every((h) => h.size === 0), null, 'no highlights');
    await article.close();
    expect((await callStorage(first, 'get', 'settings')).settings.disabledSites).toEqual([...sites].sort());
    await callStorage(first, 'remove', ['settings', 'settings$']);
    await first.close();
    await second.close();
  });

  it('keeps the profile where no content script can read it', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await page.waitFor(() => document.querySelector('.profile-form') !== null, null, 'the checker');
    // Saved the old way (as an earlier version did); the checker moves it on opening.
    await callStorage(page, 'set', OSTEOPOROSIS_PROFILE);
    await page.close();
    const checker = await env.session.openExtensionPage('popup.html');
    await checker.waitFor(() => document.querySelectorAll('.verdict-list .verdict').length === 6, null, 'verdicts');
    expect(await callStorage(checker, 'get', null)).not.toHaveProperty('profile');
    expect(await checker.evaluate(storeProfileInPage, 'read')).toEqual(OSTEOPOROSIS_PROFILE.profile);
    // A content script's storage.local holds no profile, and its indexedDB is the page's own.
    const article = await env.session.newPage(env.server.url('article.html'));
    const pageDatabases = await article.evaluate(async () => (await indexedDB.databases()).map((db) => db.name), null);
    expect(pageDatabases).not.toContain('relief-lens');
    await checker.evaluate(storeProfileInPage, null);
    await article.close();
    await checker.close();
  });

  it('reads the address of a web page’s tab without the tabs or activeTab permission (the site shortcut)', async () => {
    const url = env.server.url('article.html');
    const article = await env.session.newPage(url);
    const options = await env.session.openExtensionPage('options.html');
    const urls = await options.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.tabs.query({})).map((tab: { url?: string }) => tab.url ?? null);
    }, null);
    expect(urls).toContain(url);
    await options.close();
    await article.close();
  });

  it.each(HOSTILE.map((values, i) => [i, values] as const))(
    'still scans pages, opens cards and reports in options and popup with hostile stored values (set %i)',
    async (_i, values) => {
      const writer = await env.session.openExtensionPage('options.html');
      await waitForOptions(writer);
      await callStorage(writer, 'set', values);
      const article = await env.session.newPage(env.server.url('card.html'));
      await article.waitFor(
        () => [...CSS.highlights.values()].some((highlight) => highlight.size > 0),
        null,
        'highlights despite the stored values',
      );
      const term = await pointAt(article, 'deep tissue massage');
      await article.mouseMove(term.x, term.y);
      await article.waitForCard(
        (shadow) => shadow?.querySelector('[role="dialog"] h2')?.textContent === 'Deep tissue massage',
        null,
        'the card despite the stored values',
      );
      const options = await env.session.openExtensionPage('options.html');
      await options.waitFor(
        () => document.getElementById('unreadable-settings') !== null,
        null,
        'the notice about unreadable settings',
      );
      const popup = await env.session.openExtensionPage('popup.html');
      await popup.waitFor(() => document.querySelector('.profile-form') !== null, null, 'the checker');
      if ('profile' in values)
        expect(await popup.evaluate(() => document.querySelector('.notice')?.textContent ?? '', null)).toMatch(/kept/);
      await callStorage(writer, 'remove', ['settings', 'settings$', 'profile', 'profile$']);
      await writer.evaluate(storeProfileInPage, null);
      for (const page of [popup, options, article, writer]) await page.close();
    },
  );
});

// Chromium's storage.local holds 10 MB (QUOTA_BYTES). Firefox holds it to IndexedDB's limits, a share of
// the disk too large to fill in a test; the same failure path is tested there with a rejecting fake
// (tests/unit/settings-writer.test.ts).
describe('with storage.local full in chromium', () => {
  const env = useSession('chromium');

  it('with storage.local at its quota, a change is not shown as saved and the page says why', async () => {
    const options = await env.session.openExtensionPage('options.html');
    await waitForOptions(options);
    // chrome.storage.local holds 10 MB (QUOTA_BYTES) without the unlimitedStorage permission.
    const filled = await options.evaluate(async () => {
      const api = (globalThis as any).chrome;
      const chunk = 'x'.repeat(1_000_000);
      let n = 0;
      for (; n < 20; n++) {
        try {
          await api.storage.local.set({ [`filler${n}`]: chunk });
        } catch {
          break;
        }
      }
      for (let size = 100_000; size >= 100; size /= 10) {
        try {
          for (;;) await api.storage.local.set({ [`filler${n++}`]: chunk.slice(0, size) });
        } catch {
          // next, smaller
        }
      }
      return n;
    }, null);
    expect(filled).toBeGreaterThan(5);
    await options.click('input[name="badge"]');
    await options.waitFor(
      () => document.getElementById('settings-not-saved')?.textContent?.includes('storage for Relief Lens is full'),
      null,
      'the message that storage is full',
    );
    await options.waitFor(
      () => document.querySelector<HTMLInputElement>('input[name="badge"]')!.checked,
      null,
      'the checkbox back at the stored value',
    );
    const message = await options.evaluate(() => document.getElementById('settings-not-saved')!.textContent, null);
    expect(message).not.toMatch(/kQuotaBytes|QUOTA/);
    await options.evaluate(() => (globalThis as any).chrome.storage.local.clear(), null);
    await options.close();
  });
});

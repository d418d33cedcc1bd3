import { describe, expect, it, vi } from 'vitest';
import { axeViolations, BROWSERS, useSession, type TestPage } from './harness';
import { storeProfileInPage } from './sample-profiles';

/** What is saved under the extension's keys, read from one of its pages. */
async function readStorage(page: TestPage): Promise<Record<string, unknown>> {
  const local = await page.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return api.storage.local.get(['settings', 'profile']);
  }, null);
  return { ...local, privateProfile: await page.evaluate(storeProfileInPage, 'read') };
}

/** Drawn highlights on a page. */
function countHighlights(page: TestPage): Promise<number> {
  return page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0), null);
}

/** Waits until the page shows highlights (`shown`), or shows none. */
function waitForHighlights(page: TestPage, shown: boolean, what: string): Promise<void> {
  return page.waitFor(
    (shown) => {
      const sizes = [...CSS.highlights.values()].map((h) => h.size);
      return shown ? sizes.some((size) => size > 0) : sizes.every((size) => size === 0);
    },
    shown,
    what,
  );
}

interface PageTab {
  tabId: number;
  enabled: boolean;
  /** Different terms found, the number the badge shows. */
  terms: number;
}

/** Asks each tab's content script what it found (as the popup does) and returns the tab showing `url`. */
function findTab(extensionPage: TestPage, url: string): Promise<PageTab | null> {
  return extensionPage.evaluate(async (url) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    for (const tab of await api.tabs.query({})) {
      const reply = await api.tabs.sendMessage(tab.id, { type: 'get-page-terms' }).catch(() => null);
      if (reply?.url === url) return { tabId: tab.id, enabled: reply.enabled, terms: Object.keys(reply.counts).length };
    }
    return null;
  }, url);
}

function readBadge(extensionPage: TestPage, tabId: number): Promise<string> {
  return extensionPage.evaluate((tabId) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (api.action ?? api.browserAction).getBadgeText({ tabId });
  }, tabId);
}

const WAIT = { timeout: 15_000, interval: 100 };

function waitForOptions(page: TestPage): Promise<void> {
  return page.waitFor(() => document.querySelector('#add-site') !== null, null, 'the options form');
}

/** Types `typed` into the add-site field and waits for the list to show it as `listed`. */
async function addSite(page: TestPage, typed: string, listed = typed): Promise<void> {
  await page.click('#add-site');
  await page.type(typed);
  await page.press('Enter');
  await page.waitFor(
    (site) => document.querySelector(`button[data-site="${site}"]`) !== null,
    listed,
    `${listed} in the site list`,
  );
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe.each(BROWSERS)('the options page in %s', (browserName) => {
  const env = useSession(browserName);

  /** A fixture page once it shows highlights, and the options page beside it. */
  async function openWithOptions(fixture: string) {
    const url = env.server.url(fixture);
    const page = await env.session.newPage(url);
    await waitForHighlights(page, true, `highlights on ${fixture}`);
    const options = await env.session.openExtensionPage('options.html');
    await waitForOptions(options);
    return { url, page, options };
  }

  it('has no axe violations', async () => {
    const page = await env.session.openExtensionPage('options.html');
    await waitForOptions(page);
    await addSite(page, 'example.com');
    // A name that is no site address is refused in words, next to the field.
    await page.type('not a site');
    await page.press('Enter');
    await page.waitFor(
      () => document.querySelector('#add-site-error')?.textContent?.includes('not a site'),
      null,
      'the add-site error',
    );
    expect(await page.evaluate(() => document.querySelector('#add-site')!.getAttribute('aria-describedby'), null)).toBe(
      'add-site-error',
    );
    expect(await axeViolations(page)).toEqual([]);
    if (browserName === 'chromium') {
      await page.emulateColorScheme('dark');
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it('rejects broken and hostile backup files, says why and changes nothing; takes a good one', async () => {
    const page = await env.session.openExtensionPage('options.html');
    await waitForOptions(page);
    await addSite(page, 'https://www.Saved.example/page', 'saved.example');
    await page.click('input[name="style"][value="background"]');
    await page.waitFor(
      async () => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return (await api.storage.local.get('settings')).settings?.style === 'background';
      },
      null,
      'the style to be saved',
    );
    const before = await readStorage(page);
    expect(before.settings).toMatchObject({
      disabledSites: expect.arrayContaining(['saved.example']),
      style: 'background',
    });

    const good = {
      format: 'relief-lens-backup',
      version: 1,
      exportedAt: '2026-11-25T10:00:00.000Z',
      settings: { ...(before.settings as object), disabledSites: ['imported.example'], density: 'all' },
      profile: { painLocation: 'lower', duration: 'chronic' },
    };
    const hostile: Array<[string, Buffer, RegExp]> = [
      [
        'wrong-types.json',
        json({ ...good, settings: { ...good.settings, hoverDelayMs: 'soon', badge: 'yes' } }),
        /settings\.hoverDelayMs/,
      ],
      [
        'unknown-keys.json',
        json({ ...good, settings: { ...good.settings, uploadTo: 'https://evil.example' } }),
        /"uploadTo"/,
      ],
      ['junk.json', Buffer.alloc(10_000_000, '{'), /10\.0 MB/],
      ['not-json.json', Buffer.from('<script>alert(1)</script>'), /not JSON/],
    ];
    for (const [name, buffer, reason] of hostile) {
      await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer });
      await page.waitFor(
        (name) => document.querySelector('[role="alert"]')?.textContent?.includes(name),
        name,
        `the message about ${name}`,
      );
      const message = await page.evaluate(() => document.querySelector('[role="alert"]')!.textContent!, null);
      expect(message).toContain('nothing was changed');
      expect(message).toMatch(reason);
      expect(await readStorage(page)).toEqual(before);
    }
    expect(await page.evaluate(() => document.querySelector('.site-list ul')!.textContent, null)).toContain(
      'saved.example',
    );

    await page.setInputFiles('#import-file', { name: 'good.json', mimeType: 'application/json', buffer: json(good) });
    await page.waitFor(
      () => document.querySelector('[role="status"]')?.textContent?.includes('good.json'),
      null,
      'the import to succeed',
    );
    await page.waitFor(
      () => document.querySelector('.site-list ul')?.textContent?.includes('imported.example'),
      null,
      'the imported site list',
    );
    const after = await readStorage(page);
    expect(after.settings).toMatchObject({ disabledSites: ['imported.example'], density: 'all' });
    expect(after.profile).toBeUndefined();
    expect(after.privateProfile).toEqual({ profile: good.profile });
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('exports a backup file that imports back', async () => {
    const page = await env.session.openExtensionPage('options.html');
    await waitForOptions(page);
    // Keep the file the download link would save, to read it back.
    await page.evaluate(() => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        (window as any).exported = { name: this.download, href: this.href };
      };
    }, null);
    await page.click('#export-backup');
    await page.waitFor(() => (window as any).exported, null, 'the exported file');
    const { name, text } = await page.evaluate(async () => {
      const { name, href } = (window as any).exported;
      return { name: name as string, text: await (await fetch(href)).text() };
    }, null);
    expect(name).toMatch(/^relief-lens-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = await readStorage(page);
    expect(JSON.parse(text)).toMatchObject({ format: 'relief-lens-backup', version: 1, settings: saved.settings });

    await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitFor(
      (name) => document.querySelector('[role="status"]')?.textContent?.includes(`from ${name}`),
      name,
      'the import to succeed',
    );
    expect((await readStorage(page)).settings).toEqual(saved.settings);
    await page.close();
  });

  it('says which saved settings it could not read, keeps them, and refuses a site past the limit', async () => {
    const options = await env.session.openExtensionPage('options.html');
    await waitForOptions(options);
    const full = Array.from({ length: 5000 }, (_, i) => `site${i}.example`).sort();
    await options.evaluate(
      (full) =>
        ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.set({
          settings: { disabledSites: full, hoverDelayMs: 'slow' },
          settings$: { v: 2 },
        }),
      full,
    );
    await options.waitFor(
      () => document.getElementById('unreadable-settings')?.textContent?.includes('hoverDelayMs'),
      null,
      'the notice about the unreadable setting',
    );
    await options.click('#add-site');
    await options.type('one-more.example');
    await options.press('Enter');
    await options.waitFor(
      () => document.getElementById('sites-refused')?.textContent?.includes('at most 5,000'),
      null,
      'the refusal',
    );
    expect(await readStorage(options)).toMatchObject({ settings: { disabledSites: full, hoverDelayMs: 'slow' } });
    await options.evaluate(
      () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.remove('settings'),
      null,
    );
    await options.close();
  });

  it('switches a site off for new and open pages, and back on in an open tab without reload', async () => {
    const { url, page: article, options } = await openWithOptions('article.html');
    await addSite(options, '127.0.0.1');
    await waitForHighlights(article, false, 'the open tab to drop its highlights');

    await article.goto(url);
    // The content script has run on the reloaded page once it answers the popup's question, and says it is off.
    await vi.waitFor(async () => expect((await findTab(options, url))?.enabled).toBe(false), WAIT);
    expect(await countHighlights(article)).toBe(0);

    await options.click('button[data-site="127.0.0.1"]');
    await waitForHighlights(article, true, 'highlights back without reload');
    expect(await article.evaluate(() => performance.getEntriesByType('navigation').length, null)).toBe(1);
    await options.close();
    await article.close();
  });

  it('counts the terms on the toolbar badge, which the options switch off and on for open tabs', async () => {
    const { url, page: booking, options } = await openWithOptions('booking.html');
    const badgeMatchesPage = async (on: boolean) => {
      const tab = await findTab(options, url);
      expect(tab?.terms).toBeGreaterThan(0);
      expect(await readBadge(options, tab!.tabId)).toBe(on ? String(tab!.terms) : '');
    };
    await vi.waitFor(() => badgeMatchesPage(true), WAIT);
    await options.click('input[name="badge"]');
    await vi.waitFor(() => badgeMatchesPage(false), WAIT);
    await options.click('input[name="badge"]');
    await vi.waitFor(() => badgeMatchesPage(true), WAIT);
    await options.close();
    await booking.close();
  });
});

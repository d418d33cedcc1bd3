/**
 * Loads the BUILT extension into real browsers: Chromium through playwright-core, Firefox ESR through
 * puppeteer-core over WebDriver BiDi. Both are wrapped in one small `TestPage` interface so a test can
 * run the same steps in each browser. Recipes: ../shared/BROWSER-TESTING.md (what was seen to work here).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type ElementHandle, type Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

function buildDir(browser: BrowserName): string {
  const dir = join(OUT, browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) {
    const flag = browser === 'firefox' ? ' -b firefox' : '';
    throw new Error(`No built extension in ${dir}. Build it first: npx wxt build${flag}`);
  }
  return dir;
}

function browserPath(browser: BrowserName): string {
  const path =
    browser === 'chromium'
      ? (process.env.CHROME_PATH ?? '/usr/bin/chromium')
      : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  if (!existsSync(path)) {
    const [env, pkg] = browser === 'chromium' ? ['CHROME_PATH', 'chromium'] : ['FIREFOX_PATH', 'firefox-esr'];
    throw new Error(
      `${browser} not found at ${path}. Install it (Debian: apt-get install -y ${pkg}) or set ${env} to your browser's binary.`,
    );
  }
  return path;
}

import { OUT, ROOT } from '@/scripts/paths.mjs';
import { startServer } from '@/scripts/serve.mjs';

export { startServer };
export type FixtureServer = Awaited<ReturnType<typeof startServer>>;

// ---------------------------------------------------------------------------------------------------
// One page interface over both drivers.

export interface TestPage {
  readonly browser: BrowserName;
  goto(url: string): Promise<void>;
  /** Runs a script's source in the page's main world (outside the page's CSP, as devtools would). */
  addScript(source: string): Promise<void>;
  /** Runs `fn(arg)` in the page (main world) and returns its JSON-serialisable result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn(arg)` is truthy in the page; fails after `timeout` ms with `what` in the message. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, what: string, timeout?: number): Promise<void>;
  click(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** A real touch-screen tap (trusted events, pointerType "touch"). */
  tap(x: number, y: number): Promise<void>;
  /**
   * Runs `fn(root, arg)` with the card's closed shadow root (null without a card), through the driver's
   * protocol: the one way in that a page's own scripts do not have. Returns its JSON-serialisable result.
   */
  inCard<A, R>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `inCard(fn, arg)` is truthy; fails after `timeout` ms with `what` in the message. */
  waitForCard<A>(
    fn: (root: ShadowRoot | null, arg: A) => unknown,
    arg: A,
    what: string,
    timeout?: number,
  ): Promise<void>;
  /** The same two calls for the card of a frame: the `<iframe>` of id `frameId`, same-origin, in the page. */
  inFrame(frameId: string): Pick<TestPage, 'inCard' | 'waitForCard'>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Puts a file on an `<input type=file>` as if the person had chosen it (fires `change`). */
  setInputFiles(selector: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Prints the page to PDF as the browser prints (`beforeprint`, print media, `afterprint`); the PDF's bytes. */
  print(): Promise<Buffer>;
  /** Console errors and uncaught page errors seen since the page was opened. */
  errors(): string[];
  close(): Promise<void>;
}

export interface ExtensionSession {
  readonly browser: BrowserName;
  /** The extension's own origin, e.g. chrome-extension://<id> or moz-extension://<uuid>. */
  readonly extensionOrigin: string;
  newPage(url?: string): Promise<TestPage>;
  /** Opens an extension page such as 'popup.html?tab=3' in a new tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Every request URL the browser made (for the privacy test). */
  requests(): string[];
  close(): Promise<void>;
}

/** The host element of the card (lib/card/card-element.ts). */
export const CARD_HOST = 'relief-lens-card';
/** Where the card's host is: on <html>, or in an open modal dialog; an element of its name elsewhere is the page's. */
const CARD_HOST_SELECTOR = `:root > ${CARD_HOST}, dialog > ${CARD_HOST}`;

/** `fn` as a declaration the protocols call with the argument as JSON and the root (or null) after it. */
function inCardSource(fn: (...args: never[]) => unknown): string {
  return `async function (arg, root) { const r = await (${fn.toString()})(root ?? null, JSON.parse(arg)); return JSON.stringify(r ?? null); }`;
}

/** The document that holds the card: the page's own, or that of its `<iframe>` of id `frameId`. */
const cardDocument = (frameId: string | null) =>
  frameId ? `document.getElementById(${JSON.stringify(frameId)}).contentDocument` : 'document';

type InCard = <A, R>(fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** `waitForCard` over an `inCard`. */
const waitingFor =
  (inCard: InCard, browserName: string): TestPage['waitForCard'] =>
  (fn, arg, what, timeout = 15_000) =>
    pollUntil(() => inCard(fn, arg), `${browserName}: ${what}`, timeout);

/** Polls `check` until it is truthy: the card lives where no page-side wait can see it. */
async function pollUntil(check: () => Promise<unknown>, what: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50)); // polling interval, not a stand-in for a condition
  }
}

function wrapPlaywright(page: PwPage): TestPage {
  const errors: string[] = [];
  const cdp = page.context().newCDPSession(page);
  const cardIn =
    (frameId: string | null): InCard =>
    async (fn, arg) => {
      const session = await cdp;
      const host = await session.send('Runtime.evaluate', {
        expression: `${cardDocument(frameId)}.querySelector('${CARD_HOST_SELECTOR}')`,
      });
      // The function runs on the shadow root's own global: a frame's card lives in the frame's world.
      let on = (await session.send('Runtime.evaluate', { expression: 'window' })).result.objectId!;
      let root: string | null = null;
      if (host.result.objectId) {
        const { node } = await session.send('DOM.describeNode', { objectId: host.result.objectId, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (shadow) {
          root = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })).object.objectId!;
          on = root;
        }
      }
      const call = await session.send('Runtime.callFunctionOn', {
        functionDeclaration: inCardSource(fn),
        objectId: on,
        arguments: [{ value: JSON.stringify(arg) }, root ? { objectId: root } : { value: null }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (call.exceptionDetails)
        throw new Error(`chromium: inCard threw: ${call.exceptionDetails.exception?.description}`);
      return JSON.parse(call.result.value as string) as never;
    };
  const inCard = cardIn(null);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.stack ?? String(e)));
  return {
    browser: 'chromium',
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    addScript: async (source) => void (await page.evaluate(source)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, what, timeout = 15_000) => {
      try {
        await page.waitForFunction(fn as never, arg, { timeout });
      } catch (e) {
        throw new Error(`chromium: timed out waiting for ${what}: ${String(e).split('\n')[0]}`);
      }
    },
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: async (x, y) => {
      const session = await cdp;
      await session.send('Emulation.setTouchEmulationEnabled', { enabled: true });
      await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await session.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    },
    inCard,
    waitForCard: waitingFor(inCard, 'chromium'),
    inFrame: (frameId) => ({ inCard: cardIn(frameId), waitForCard: waitingFor(cardIn(frameId), 'chromium') }),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setInputFiles: (selector, file) => page.setInputFiles(selector, file),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    print: () => page.pdf(),
    errors: () => [...errors],
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage): TestPage {
  const errors: string[] = [];
  // Puppeteer has no call for a closed shadow root; WebDriver BiDi serialises one when asked to.
  const bidi = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<any> } })
    .connection;
  /** A frame's browsing context: the one whose document its `<iframe>` element shows. */
  const contextOf = async (frameId: string | null): Promise<string> => {
    const id = (frame: unknown) => (frame as { _id: string })._id;
    if (!frameId) return id(page.mainFrame());
    const url = await page.evaluate((frameId) => (document.getElementById(frameId) as HTMLIFrameElement).src, frameId);
    const frame = page.frames().find((candidate) => candidate.url() === url);
    if (!frame) throw new Error(`firefox: no frame shows ${url}`);
    return id(frame);
  };
  const cardIn =
    (frameId: string | null): InCard =>
    async (fn, arg) => {
      const target = { context: await contextOf(frameId) };
      const host = await bidi.send('script.evaluate', {
        expression: `document.querySelector('${CARD_HOST_SELECTOR}')`,
        target,
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
      });
      const shadow = host.result?.result?.value?.shadowRoot?.sharedId as string | undefined;
      const call = await bidi.send('script.callFunction', {
        functionDeclaration: inCardSource(fn),
        target,
        awaitPromise: true,
        arguments: [{ type: 'string', value: JSON.stringify(arg) }, shadow ? { sharedId: shadow } : { type: 'null' }],
      });
      if (call.result.type === 'exception')
        throw new Error(`firefox: inCard threw: ${call.result.exceptionDetails.text}`);
      return JSON.parse(call.result.result.value as string) as never;
    };
  const inCard = cardIn(null);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    browser: 'firefox',
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    addScript: async (source) => void (await page.evaluate(source)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, what, timeout = 15_000) => {
      try {
        await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg);
      } catch (e) {
        throw new Error(`firefox: timed out waiting for ${what}: ${String(e).split('\n')[0]}`);
      }
    },
    click: (selector) => page.click(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    inCard,
    waitForCard: waitingFor(inCard, 'firefox'),
    inFrame: (frameId) => ({ inCard: cardIn(frameId), waitForCard: waitingFor(cardIn(frameId), 'firefox') }),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setInputFiles: async (selector, file) => {
      // Puppeteer uploads from disk: write the file under its name in a fresh temp folder.
      const path = join(mkdtempSync(join(tmpdir(), 'relief-lens-upload-')), file.name);
      writeFileSync(path, file.buffer);
      const input = await page.$(selector);
      if (!input) throw new Error(`firefox: no ${selector} to put ${file.name} on`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    emulateColorScheme: async () => {
      // Puppeteer does this through CDP, which Firefox no longer speaks.
      throw new Error(
        "firefox: prefers-color-scheme can't be switched at run time here; use launch('firefox', { colorScheme })",
      );
    },
    print: async () => Buffer.from(await page.pdf()),
    errors: () => [...errors],
    close: () => page.close(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Launchers.

async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const dir = buildDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'relief-lens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Real saved pages must never reach the network: everything but loopback and the extension is refused.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  // The welcome tab the extension opens on install is not part of any test.
  const closeWelcome = async () => {
    for (const p of context.pages()) if (p.url().startsWith(extensionOrigin)) await p.close();
  };
  context.on('page', (p) => {
    if (p.url().includes('#welcome')) void p.close();
  });
  await closeWelcome();
  return {
    browser: 'chromium',
    extensionOrigin,
    async newPage(url) {
      const page = wrapPlaywright(await context.newPage());
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = wrapPlaywright(await context.newPage());
      await page.goto(`${extensionOrigin}/${path.replace(/^\//, '')}`);
      return page;
    },
    requests: () => [...requests],
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const dir = buildDir('firefox');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // Keep Firefox off the network: these are the services it contacts on its own.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // 0 = dark, 1 = light: how pages (extension pages included) see prefers-color-scheme.
      ...(options.colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 }
        : {}),
    },
  });
  const requests: string[] = [];
  const track = (p: PpPage) => p.on('request', (r) => requests.push(r.url()));
  browser.on('targetcreated', (t) => {
    void t.page().then(
      (p) => p && track(p),
      () => undefined,
    );
  });
  await browser.installExtension(dir);
  // Navigating to moz-extension:// over BiDi is refused; the welcome tab the extension opens on install
  // is our way in. Puppeteer may report a tab with a stale about:blank URL, so ask each page where it is.
  const findPage = async (
    wanted: (href: string) => boolean,
    skip: ReadonlySet<PpPage>,
    timeout = 20_000,
  ): Promise<PpPage | undefined> => {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const p of await browser.pages()) {
        if (skip.has(p)) continue;
        // A busy or frozen page may not answer at all: it must not use up the whole search.
        const ready = await Promise.race([
          p.evaluate(() => document.readyState !== 'loading' && location.href).catch(() => false),
          new Promise<false>((ok) => setTimeout(() => ok(false), 1000)),
        ]);
        if (typeof ready === 'string' && wanted(ready)) return p;
      }
      await new Promise((ok) => setTimeout(ok, 100)); // polling: tabs have no event both drivers share
    }
    return undefined;
  };
  const entryPage = await findPage((href) => href.startsWith('moz-extension://'), new Set());
  if (!entryPage) {
    await browser.close();
    throw new Error('firefox: the extension did not open its welcome page after install');
  }
  const extensionOrigin = await entryPage.evaluate(() => location.origin);

  // Now and then (about once in 30 tabs here) Puppeteer never reports a tab the extension opened: it
  // lists only the pages it had. The tab itself opens; another one is then reported as usual.
  const openTab = async (url: string): Promise<PpPage> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = new Set(await browser.pages());
      await entryPage.evaluate((u) => (globalThis as any).browser.tabs.create({ url: u }), url);
      const page = await findPage((href) => href === url, before, 8_000);
      if (page) return page;
    }
    throw new Error(`firefox: the tab for ${url} did not open`);
  };

  return {
    browser: 'firefox',
    extensionOrigin,
    async newPage(url) {
      const page = wrapPuppeteer(await browser.newPage());
      if (url) await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      return wrapPuppeteer(await openTab(`${extensionOrigin}/${path.replace(/^\//, '')}`));
    },
    requests: () => [...requests],
    close: () => browser.close(),
  };
}

/** The extension's id as content scripts see it (`runtime.id`): the host in Chromium, the add-on id in Firefox. */
export async function extensionId(session: ExtensionSession): Promise<string> {
  const page = await session.openExtensionPage('guide.html');
  const id = await page.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.id, null);
  await page.close();
  return id as string;
}

export interface LaunchOptions {
  /** The colour scheme pages see from the start (Firefox can only set it at launch). */
  colorScheme?: 'light' | 'dark';
}

export function launch(browser: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return browser === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/**
 * The usual setup of a describe block: a fixture server and the extension in one browser, opened
 * before its tests and closed after them. Read `env.session` / `env.server` inside the tests.
 */
export function useSession(browser: BrowserName, options: LaunchOptions = {}) {
  const env = {} as { session: ExtensionSession; server: FixtureServer };
  beforeAll(async () => {
    env.server = await startServer();
    env.session = await launch(browser, options);
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}

/** Runs axe-core in a page and returns its violations (id + affected targets), for readable failures. */
export async function axeViolations(page: TestPage, context = 'document'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window, null))) {
    await page.addScript(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  }
  return page.evaluate(async (context) => {
    const w = window as any;
    const target = context === 'document' ? document : document.querySelector(context);
    const result = await w.axe.run(target, { resultTypes: ['violations'] });
    return result.violations.map(
      (v: any) => `${v.id}: ${v.help} — ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
    );
  }, context);
}

/**
 * Runs axe-core on a copy of the open card. axe cannot enter a closed shadow root, so the card's styles
 * and markup are copied into an open one, shown in the top layer where the card is (so colours are
 * judged against what really lies beneath), checked, and removed.
 */
export async function axeCardViolations(page: TestPage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window, null))) {
    await page.addScript(readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  }
  return page.inCard(async (root) => {
    if (!root) throw new Error('no card to check');
    const copy = document.createElement('rl-axe-copy');
    copy.setAttribute('popover', 'manual');
    copy.attachShadow({ mode: 'open' }).innerHTML = root.innerHTML;
    document.documentElement.append(copy);
    copy.showPopover();
    await Promise.all(copy.shadowRoot!.getAnimations().map((animation) => animation.finished));
    try {
      const result = await (window as any).axe.run(copy, { resultTypes: ['violations'] });
      return result.violations.map(
        (v: any) => `${v.id}: ${v.help} — ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
      ) as string[];
    } finally {
      copy.remove();
    }
  }, null);
}

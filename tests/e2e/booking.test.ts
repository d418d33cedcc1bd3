import { describe, expect, it } from 'vitest';
import { axeCardViolations, BROWSERS, useSession, type TestPage } from './harness';
import { findText } from './card-helpers';
import { OSTEOPOROSIS_PROFILE, storeProfileInPage } from './sample-profiles';
import { sendToTabs } from './tab-messages';

/** The menu of booking-menu.html, top to bottom, as term ids ("Deeper Roots" by its description). */
const MENU = [
  'relaxation-massage',
  'deep-tissue-massage',
  'sports-massage',
  'prenatal-massage',
  'myofascial-release',
  'reflexology',
  'cupping-therapy',
  'hot-stone-massage',
  'chair-massage',
];
const IN_GUIDE = new Set(['deep-tissue-massage', 'hot-stone-massage']);

/** The texts of a document's Relief Lens highlights, read the way its own page could read them. */
function highlightedTexts(page: TestPage, frameId?: string): Promise<string[]> {
  return page.evaluate((frameId) => {
    const win = frameId
      ? ((document.getElementById(frameId) as HTMLIFrameElement).contentWindow! as typeof window)
      : window;
    const seen: string[] = [];
    (win.CSS as any).highlights.forEach((highlight: Set<AbstractRange>, name: string) => {
      if (!name.startsWith('relief-lens')) return;
      for (const r of highlight) {
        const range = win.document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        seen.push(range.toString().toLowerCase());
      }
    });
    return seen.sort();
  }, frameId ?? null);
}

function waitForHighlights(page: TestPage, count: number, frameId?: string): Promise<void> {
  return page.waitFor(
    ({ count, frameId }) => {
      const win = frameId ? (document.getElementById(frameId) as HTMLIFrameElement).contentWindow : window;
      let size = 0;
      (win as any)?.CSS.highlights.forEach((h: Set<unknown>) => (size += h.size));
      return size >= count;
    },
    { count, frameId: frameId ?? null },
    `${count} highlights`,
  );
}

/** The tab showing `url`, found by asking each content script (tabs.query cannot match URLs without "tabs"). */
function findTab(extensionPage: TestPage, url: string): Promise<number | null> {
  return extensionPage.evaluate(async (url) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    for (const tab of await api.tabs.query({})) {
      const reply = await api.tabs.sendMessage(tab.id, { type: 'get-page-terms' }).catch(() => null);
      if (reply?.url === url) return tab.id as number;
    }
    return null;
  }, url);
}

function waitForCardText(page: TestPage, name: string): Promise<void> {
  return page.waitForCard(
    (shadow, name) => shadow?.querySelector('[role="dialog"] h2')?.textContent === name,
    name,
    `the card for ${name}`,
  );
}

const NOTE = 'My pain is mostly in my lower back.\nI prefer light pressure.';

describe.each(BROWSERS)('a booking page in %s', (browserName) => {
  const env = useSession(browserName);

  it('highlights every service line of a spa menu, and its cards for services say they are not in the guide', async () => {
    const page = await env.session.newPage(env.server.url('booking-menu.html'));
    await waitForHighlights(page, MENU.length);
    const seen = await highlightedTexts(page);
    for (const line of [
      'relaxation massage',
      'deep tissue massage',
      'sports massage',
      'prenatal massage',
      'myofascial release',
      'reflexology',
      'cupping therapy',
      'hot stones massage',
      'chair massage',
    ]) {
      expect(seen).toContain(line);
    }
    const point = await findText(page, 'Sports Massage', 'point');
    await page.mouseMove(point.x, point.y);
    await waitForCardText(page, 'Sports massage');
    const text = await page.inCard(
      (shadow) => shadow?.querySelector<HTMLElement>('[role="dialog"]')?.innerText ?? '',
      null,
    );
    expect(text).toMatch(/The guide does not cover sports massage/);
    expect(text).toMatch(/Ask the therapist/);
    // Several sources stand one to a line, with nothing left between them.
    const sources = await page.inCard(
      (shadow) =>
        [...shadow!.querySelectorAll('.rl-card__source')].map((line) => ({
          tops: [...line.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top)),
          loose: [...line.querySelectorAll('button')]
            .reduce((rest, button) => rest.replace(button.textContent!, ''), line.textContent!)
            .trim(),
        })),
      null,
    );
    expect(sources.some(({ tops }) => tops.length > 1)).toBe(true);
    for (const { tops, loose } of sources) {
      expect(new Set(tops).size).toBe(tops.length);
      expect(loose).toBe('');
    }
    expect(await axeCardViolations(page)).toEqual([]);
    await page.close();
  });

  it('highlights the services of a booking widget in its frame, and of a menu a page opens in a dialog later', async () => {
    const widget = await env.session.newPage(env.server.url('booking-widget.html'));
    await waitForHighlights(widget, 5, 'widget');
    expect(await highlightedTexts(widget, 'widget')).toEqual([
      'aromatherapy massage',
      'couples massage',
      'craniosacral therapy',
      'manual lymphatic drainage',
      'swedish massage',
    ]);

    // A service inside the widget gets its card there, in the frame, saying first what the guide covers.
    const point = await findText(widget, 'Craniosacral Therapy', 'point', 'widget');
    await widget.mouseMove(point.x, point.y);
    const inWidget = widget.inFrame('widget');
    await inWidget.waitForCard(
      (shadow) => shadow?.querySelector('[role="dialog"] h2')?.textContent === 'Craniosacral therapy',
      null,
      'the card for Craniosacral therapy in the widget',
    );
    expect(
      await inWidget.inCard((shadow) => shadow!.querySelector<HTMLElement>('.rl-card__summary')!.innerText, null),
    ).toMatch(/^The guide does not cover craniosacral therapy/);
    // No card in the page around the widget: one card per tab, where the pointer is.
    expect(await widget.inCard((shadow) => shadow?.querySelector('[role="dialog"]') ?? null, null)).toBeNull();
    await widget.close();

    const app = await env.session.newPage(env.server.url('booking-modal.html'));
    await waitForHighlights(app, 3);
    expect(await highlightedTexts(app)).toEqual(['deep pressure massage', 'reflexology', 'thai yoga massage']);
    await app.close();
  });

  it('leaves look-alike words plain: sports, a chair, cupping of hands, release notes, a reflex', async () => {
    const page = await env.session.newPage(env.server.url('plain-words.html'));
    await page.waitFor(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, 'the first scan');
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('leads the popup with the page’s services in page order, each with its verdict or “Not in the guide”', async () => {
    const booking = await env.session.newPage(env.server.url('booking-menu.html'));
    await waitForHighlights(booking, MENU.length);
    const setup = await env.session.openExtensionPage('guide.html');
    await setup.evaluate(storeProfileInPage, OSTEOPOROSIS_PROFILE);
    const tabId = await findTab(setup, env.server.url('booking-menu.html'));
    expect(typeof tabId).toBe('number');
    await setup.close();

    const popup = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelectorAll('.page-services li').length > 0, null, 'the page services');
    const listed = await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.page-services li')].map((li) => ({
          term: li.dataset.term,
          verdict: li.querySelector<HTMLElement>('[data-verdict]')?.dataset.verdict ?? null,
          state: li.querySelector<HTMLElement>('[data-state]')?.dataset.state ?? null,
          top: li.getBoundingClientRect().top,
        })),
      null,
    );
    expect(listed.map((line) => line.term)).toEqual(MENU);
    for (const line of listed) {
      if (IN_GUIDE.has(line.term!)) expect([line.verdict, line.state]).toEqual([expect.any(String), null]);
      else expect([line.verdict, line.state]).toEqual([null, 'not-in-guide']);
    }
    // With osteoporosis, the guide says to ask a provider before deep tissue massage.
    expect(listed.find((line) => line.term === 'deep-tissue-massage')?.verdict).toBe('consult-first');
    // A returning person sees the list before the verdicts, within the first 600 px.
    expect(listed[0]!.top).toBeLessThan(600);
    await popup.close();
    await booking.close();
  });

  it('lists in the popup the services of a booking widget in a frame of the page', async () => {
    const widget = await env.session.newPage(env.server.url('booking-widget.html'));
    await waitForHighlights(widget, 5, 'widget');
    const setup = await env.session.openExtensionPage('guide.html');
    const tabId = await findTab(setup, env.server.url('booking-widget.html'));
    expect(typeof tabId).toBe('number');
    await setup.close();

    const popup = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => document.querySelectorAll('.page-services li').length > 0, null, 'the page services');
    const listed = await popup.evaluate(
      () => [...document.querySelectorAll<HTMLElement>('.page-services li')].map((li) => li.dataset.term),
      null,
    );
    // The top page names none of them: each comes from the widget's frame, in the widget's order.
    expect(listed).toEqual([
      'swedish-massage',
      'manual-lymphatic-drainage',
      'aromatherapy-massage',
      'craniosacral-therapy',
      'couples-massage',
    ]);
    await popup.close();
    await widget.close();
  });

  it('writes the note into the notes box only when the extension sends it, and undo takes it out', async () => {
    const page = await env.session.newPage(env.server.url('booking-menu.html'));
    await waitForHighlights(page, MENU.length);
    await page.click('#notes');
    // The page tries every way it has to make the extension write: none reaches the extension.
    await page.evaluate(() => {
      const notes = document.getElementById('notes')!;
      const forged = { type: 'insert-note', text: 'forged by the page' };
      window.postMessage(forged, '*');
      notes.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
      document.dispatchEvent(new CustomEvent('insert-note', { detail: forged }));
      (globalThis as any).chrome?.runtime?.sendMessage?.(forged);
    }, null);
    const extensionPage = await env.session.openExtensionPage('guide.html');
    // The message the background's menu handler sends on "Insert my note for the therapist".
    await sendToTabs(extensionPage, { type: 'insert-note', text: NOTE });
    await page.waitFor(() => (document.getElementById('notes') as HTMLTextAreaElement).value !== '', null, 'the note');
    // Only the extension's note arrived: the forged attempts, made first, left nothing.
    expect(await page.evaluate(() => (document.getElementById('notes') as HTMLTextAreaElement).value, null)).toBe(NOTE);
    await page.evaluate(() => document.execCommand('undo'), null);
    expect(await page.evaluate(() => (document.getElementById('notes') as HTMLTextAreaElement).value, null)).toBe('');
    await page.close();

    // In a booking widget's frame, the note goes into the frame's notes box.
    const widget = await env.session.newPage(env.server.url('booking-widget.html'));
    await waitForHighlights(widget, 5, 'widget');
    await widget.evaluate(() => {
      const frame = document.getElementById('widget') as HTMLIFrameElement;
      frame.focus();
      frame.contentDocument!.getElementById('widget-notes')!.focus();
    }, null);
    await sendToTabs(extensionPage, { type: 'insert-note', text: NOTE });
    await widget.waitFor(
      () =>
        (document.getElementById('widget') as HTMLIFrameElement).contentDocument!.querySelector('textarea')!.value !==
        '',
      null,
      'the note in the widget',
    );
    expect(
      await widget.evaluate(
        () =>
          (document.getElementById('widget') as HTMLIFrameElement).contentDocument!.querySelector('textarea')!.value,
        null,
      ),
    ).toBe(NOTE);
    await widget.close();
    await extensionPage.close();
  });

  it('writes the note for the therapist from the answers, keeps the person’s edit, and shows it on the guide page', async () => {
    const setup = await env.session.openExtensionPage('guide.html');
    await setup.evaluate(storeProfileInPage, OSTEOPOROSIS_PROFILE);
    await setup.close();
    const popup = await env.session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('.therapist-note__text') !== null, null, 'the note');
    const built = await popup.evaluate(
      () => document.querySelector<HTMLTextAreaElement>('.therapist-note__text')!.value,
      null,
    );
    expect(built).toMatch(/^Note for my massage therapist\nMy pain is mostly in my lower back/);
    expect(built).toMatch(/I have osteoporosis\./);
    // Beside the note, read-only, the map of where it hurts, with its words; the print copy has it too.
    const readMaps = (page: TestPage) =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('.therapist-note .profile-map')].map((map) => ({
            marked: [...map.querySelectorAll('path[data-region]')].map((path) => path.getAttribute('data-region')),
            caption: map.querySelector('figcaption')?.textContent,
            buttons: map.querySelectorAll('button, input').length,
          })),
        null,
      );
    const map = { marked: ['lower'], caption: 'Where it hurts: Lower back', buttons: 0 };
    expect(await readMaps(popup)).toEqual([map, map]);
    await popup.click('.therapist-note__text');
    await popup.evaluate(() => {
      const text = document.querySelector<HTMLTextAreaElement>('.therapist-note__text')!;
      text.setSelectionRange(text.value.length, text.value.length);
    }, null);
    await popup.type(' Please avoid my neck.');
    await popup.waitFor(
      () => document.querySelector('.therapist-note [role="status"]')?.textContent?.includes('saved') ?? false,
      null,
      'the saved edit',
    );
    const guide = await env.session.openExtensionPage('guide.html#therapist-note');
    await guide.waitFor(
      () => document.querySelector('.therapist-note__text') !== null,
      null,
      'the note on the guide page',
    );
    expect(
      await guide.evaluate(() => document.querySelector<HTMLTextAreaElement>('.therapist-note__text')!.value, null),
    ).toBe(`${built} Please avoid my neck.`);
    expect(await readMaps(guide)).toEqual([map, map]);
    await guide.click('.therapist-note__actions button:last-child');
    await guide.waitFor(
      () => !document.querySelector<HTMLTextAreaElement>('.therapist-note__text')!.value.includes('neck'),
      null,
      'the note built again',
    );
    await guide.close();
    await popup.close();
  });
});

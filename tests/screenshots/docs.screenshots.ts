/**
 * The pictures in docs/, taken from the built extension in Chromium. Run only by `npm run screenshots`
 * (scripts/screenshots.mjs), never by `npm test`: writing tracked files is this file's whole purpose.
 */
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { findText, waitForDarkCard } from '@/tests/e2e/card-helpers';
import { useSession, type TestPage } from '@/tests/e2e/harness';
import { OSTEOPOROSIS_PROFILE, STRESS_ANSWERS } from '@/tests/e2e/sample-profiles';

const DOCS = resolve(import.meta.dirname, '../../docs');

/** Nothing focused and scrolled to the top, so a picture shows the page as it first opens. */
const settle = (page: TestPage) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  }, null);

/** Waits until the open card is named `name` and its opening animation is over. */
const waitForCard = (page: TestPage, name: string) =>
  page.waitForCard(
    (root, name) => {
      const card = root?.querySelector('[role="dialog"]');
      return card?.querySelector('h2')?.textContent === name && card.getAnimations().length === 0;
    },
    name,
    `the card for ${name}`,
  );

describe('docs/*.png', () => {
  const env = useSession('chromium');

  it('popup.png: the checker at 380 px with a profile answered', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await page.waitFor(() => document.querySelector('.profile-form') !== null, null, 'the checker form');
    await page.evaluate(() => document.querySelector('details.answers')?.setAttribute('open', ''), null);
    await page.click('.answers__actions button');
    await page.waitFor(() => document.querySelector('.missing-answers') !== null, null, 'the emptied form');
    for (const id of STRESS_ANSWERS) await page.click(`#${id}`);
    await page.waitFor(() => document.querySelectorAll('.verdict-list .verdict').length === 6, null, 'six verdicts');
    await page.setViewport(380, 900);
    await page.evaluate(() => document.querySelector('details.answers')?.removeAttribute('open'), null);
    await settle(page);
    await page.screenshot(resolve(DOCS, 'popup.png'));
    await page.close();
  });

  it('card-light.png and card-dark.png: a card with a profile that asks for care', async () => {
    const extensionPage = await env.session.openExtensionPage('popup.html');
    await extensionPage.evaluate(
      (stored) => (globalThis as any).chrome.storage.local.set(stored),
      OSTEOPOROSIS_PROFILE,
    );
    const page = await env.session.newPage(env.server.url('card.html'));
    await page.setViewport(900, 760);
    // The styles come from the background once the first highlight is drawn.
    await page.waitFor(
      () =>
        [...CSS.highlights.values()].some((h) => h.size > 0) &&
        getComputedStyle(document.body, '::highlight(relief-lens-u-technique)').textDecorationColor ===
          'rgb(13, 148, 136)',
      null,
      'highlighted terms in their styles',
    );
    const point = await findText(page, 'deep tissue massage', 'point');
    await page.mouseMove(point.x, point.y);
    await waitForCard(page, 'Deep tissue massage');
    await page.screenshot(resolve(DOCS, 'card-light.png'));
    await page.emulateColorScheme('dark');
    await waitForDarkCard(page);
    await page.screenshot(resolve(DOCS, 'card-dark.png'));
    await page.close();
    await extensionPage.close();
  });

  it("body-map.png: where it hurts, marked on the checker's body map", async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await page.waitFor(() => document.querySelector('.body-map') !== null, null, 'the body map');
    await page.evaluate(() => document.querySelector('details.answers')?.setAttribute('open', ''), null);
    await page.click('.body-map button[data-region="lower"]');
    await page.waitFor(
      () => document.querySelector<HTMLInputElement>('#painLocation-lower')?.checked === true,
      null,
      'the lower back marked',
    );
    await page.setViewport(380, 520);
    await settle(page);
    await page.screenshot(resolve(DOCS, 'body-map.png'));
    await page.close();
  });

  it('card-picture-light.png and card-picture-dark.png: a card with its region diagram', async () => {
    const page = await env.session.newPage(env.server.url('card.html'));
    await page.setViewport(900, 600);
    await page.waitFor(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, 'highlighted terms');
    const point = await findText(page, 'lower back pain', 'point');
    await page.mouseMove(point.x, point.y);
    await waitForCard(page, 'Lower back pain');
    await page.screenshot(resolve(DOCS, 'card-picture-light.png'));
    await page.emulateColorScheme('dark');
    await waitForDarkCard(page);
    await page.screenshot(resolve(DOCS, 'card-picture-dark.png'));
    await page.close();
  });

  it('options.png: a switched-off site and a refused entry', async () => {
    const page = await env.session.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('#add-site') !== null, null, 'the options form');
    for (const typed of ['example.com', 'not a site']) {
      await page.click('#add-site');
      await page.type(typed);
      await page.press('Enter');
    }
    await page.waitFor(
      () =>
        document.querySelector('button[data-site="example.com"]') !== null &&
        document.querySelector('#add-site-error')?.textContent?.includes('not a site'),
      null,
      'the site list and the add-site error',
    );
    await page.setViewport(900, 1400);
    await settle(page);
    await page.screenshot(resolve(DOCS, 'options.png'));
    await page.close();
  });

  it('guide.png: the guide page', async () => {
    const page = await env.session.openExtensionPage('guide.html');
    await page.waitFor(() => document.querySelectorAll('.entry').length > 0, null, 'the glossary');
    await page.setViewport(1280, 800);
    await page.screenshot(resolve(DOCS, 'guide.png'));
    await page.close();
  });
});

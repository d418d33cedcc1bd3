/**
 * What the picture scripts share: pages settled for a picture, cards waited for until their opening
 * animation is over, and a saved profile. Used only by `npm run screenshots`.
 */
import type { ExtensionSession, TestPage } from '@/tests/e2e/harness';
import { storeProfileInPage } from '@/tests/e2e/sample-profiles';

/** Nothing focused and scrolled to the top, so a picture shows the page as it first opens. */
export const settle = (page: TestPage) =>
  page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  }, null);

/** Waits until the open card is named `name` and its opening animation is over. */
export const waitForCard = (page: TestPage, name: string) =>
  page.waitForCard(
    (root, name) => {
      const card = root?.querySelector('[role="dialog"]');
      return card?.querySelector('h2')?.textContent === name && card.getAnimations().length === 0;
    },
    name,
    `the card for ${name}`,
  );

/** Waits until the dark theme's card background (components/theme.css) is drawn. */
export const waitForDarkCard = (page: TestPage) =>
  page.waitForCard(
    (root) => {
      const card = root?.querySelector('[role="dialog"]');
      return card && getComputedStyle(card).backgroundColor === 'rgb(21, 25, 30)';
    },
    null,
    'the dark card',
  );

/** Waits for the highlights in their styles, which come from the background once the first is drawn. */
export const waitForStyledHighlights = (page: TestPage) =>
  page.waitFor(
    () =>
      [...CSS.highlights.values()].some((h) => h.size > 0) &&
      getComputedStyle(document.body, '::highlight(relief-lens-u-technique)').textDecorationColor ===
        'rgb(13, 148, 136)',
    null,
    'highlighted terms in their styles',
  );

/**
 * Scrolls the first occurrence of `text` to `top` px below the viewport's top and rests the pointer on
 * its first word, which opens its card after the hover dwell.
 */
export async function hoverText(page: TestPage, text: string, top: number): Promise<void> {
  const point = await page.evaluate(
    ({ text, top }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.split(' ')[0]!.length);
        window.scrollBy(0, range.getBoundingClientRect().top - top);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`"${text}" is not on ${location.pathname}`);
    },
    { text, top },
  );
  await page.mouseMove(point.x, point.y);
}

/** Saves a profile (as lib/settings/profile.ts stores it) in the extension's private store, then closes the page. */
export async function storeProfile(session: ExtensionSession, stored: object): Promise<void> {
  const page = await session.openExtensionPage('popup.html');
  await page.evaluate(storeProfileInPage, stored as Record<string, unknown>);
  await page.close();
}

/**
 * The store images in docs/store/images/, taken from the built extension in Chromium at the stores'
 * exact sizes: screenshots of 1280 × 800 and the 440 × 280 promotional tile (docs/store/README.md says
 * which goes where). Run only by `npm run screenshots`, like docs.screenshots.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { useSession, type TestPage } from '@/tests/e2e/harness';
import { hoverText, settle, storeProfile, waitForCard, waitForDarkCard, waitForStyledHighlights } from './shots';

const ROOT = resolve(import.meta.dirname, '../..');
const IMAGES = resolve(ROOT, 'docs/store/images');

/** The answers of tests/e2e/sample-profiles.ts's STRESS_ANSWERS, saved: six verdicts, no caution. */
const STRESS_PROFILE = {
  profile: {
    profile: {
      painLocation: 'upper',
      duration: 'chronic',
      severity: 'moderate',
      spread: 'localized',
      causes: ['stress'],
      goals: ['relaxation'],
      pressure: 'firm',
    },
  },
  profile$: { v: 2 },
};

const shoot = (page: TestPage, name: string) => page.screenshot(resolve(IMAGES, name));

const waitForDark = (page: TestPage) =>
  page.waitFor(() => matchMedia('(prefers-color-scheme: dark)').matches, null, 'the dark colour scheme');

/** Takes `light`, switches the page to the dark scheme, waits until `dark` shows it, and takes `darkName`. */
async function shootBothSchemes(page: TestPage, light: string, darkName: string, dark = waitForDark) {
  await shoot(page, light);
  await page.emulateColorScheme('dark');
  await dark(page);
  await shoot(page, darkName);
}

describe('docs/store/images/*.png', () => {
  const env = useSession('chromium');

  it('1-card-light.png and 5-card-dark.png: a card on a blog post about back pain', async () => {
    await storeProfile(env.session, STRESS_PROFILE);
    const page = await env.session.newPage(env.server.url('article.html'));
    await page.setViewport(1280, 800);
    await waitForStyledHighlights(page);
    await hoverText(page, 'Swedish massage', 260);
    await waitForCard(page, 'Swedish massage');
    await shootBothSchemes(page, '1-card-light.png', '5-card-dark.png', waitForDarkCard);
    await page.close();
  });

  it("2-checker-light.png and 6-checker-dark.png: the checker's answer", async () => {
    await storeProfile(env.session, STRESS_PROFILE);
    const page = await env.session.openExtensionPage('popup.html');
    await page.setViewport(1280, 800);
    await page.waitFor(() => document.querySelectorAll('.verdict-list .verdict').length === 6, null, 'six verdicts');
    await settle(page);
    await shootBothSchemes(page, '2-checker-light.png', '6-checker-dark.png');
    await page.close();
  });

  it('3-booking-light.png: a booking page with a card open', async () => {
    await storeProfile(env.session, STRESS_PROFILE);
    const page = await env.session.newPage(env.server.url('booking.html'));
    await page.setViewport(1280, 800);
    await waitForStyledHighlights(page);
    await hoverText(page, 'Deep tissue massage', 150);
    await waitForCard(page, 'Deep tissue massage');
    await shoot(page, '3-booking-light.png');
    await page.close();
  });

  it('4-guide-light.png and 7-guide-dark.png: the guide page', async () => {
    const page = await env.session.openExtensionPage('guide.html');
    await page.setViewport(1280, 800);
    await page.waitFor(() => document.querySelectorAll('.entry').length > 0, null, 'the glossary');
    await settle(page);
    await shootBothSchemes(page, '4-guide-light.png', '7-guide-dark.png');
    await page.close();
  });

  it('tile-440x280.png: the small promotional tile', async () => {
    const icon = `data:image/svg+xml;base64,${readFileSync(resolve(ROOT, 'assets/icon.svg')).toString('base64')}`;
    const page = await env.session.newPage('about:blank');
    await page.setViewport(440, 280);
    // Built from our own strings with DOM calls, on a blank page of its own.
    await page.evaluate((icon) => {
      const el = (tag: string, css: string, text = '') => {
        const made = document.createElement(tag);
        made.style.cssText = css;
        made.textContent = text;
        return made;
      };
      document.body.style.cssText =
        'margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;' +
        'box-sizing:border-box;background:#eef7f6;color:#1b1f24;font-family:system-ui,sans-serif';
      const image = Object.assign(document.createElement('img'), { src: icon, width: 96, height: 96 });
      const words = el('div', '');
      words.append(
        el('div', 'font-size:36px;font-weight:700;line-height:1.1;color:#0b6e69', 'Relief Lens'),
        el('div', 'font-size:18px;line-height:1.4;margin-top:12px', 'Massage terms explained on any page.'),
        el('div', 'font-size:18px;line-height:1.4;margin-top:6px', 'Techniques checked for your back.'),
      );
      document.body.append(image, words);
      return image.decode();
    }, icon);
    await shoot(page, 'tile-440x280.png');
    await page.close();
  });
});

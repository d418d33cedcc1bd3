import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSERS, useSession, type TestPage } from './harness';

/** Which location answer the checker's list of choices holds. */
function checkedLocation(page: TestPage): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector<HTMLInputElement>('input[name="painLocation"]:checked')?.value ?? null,
    null,
  );
}

function waitForLocation(page: TestPage, value: string): Promise<void> {
  return page.waitFor(
    (value) => document.querySelector<HTMLInputElement>('input[name="painLocation"]:checked')?.value === value,
    value,
    `the ${value} answer`,
  );
}

/** The regions the map shows marked, and each map button's pressed state. */
function readMap(page: TestPage): Promise<{ marked: string[]; pressed: Record<string, string> }> {
  return page.evaluate(() => {
    const map = document.querySelector('.body-map')!;
    return {
      marked: [...map.querySelectorAll('path[data-region]')].map((path) => path.getAttribute('data-region')!),
      pressed: Object.fromEntries(
        [...map.querySelectorAll('button')].map((b) => [b.dataset.region!, b.getAttribute('aria-pressed')!]),
      ),
    };
  }, null);
}

describe.each(BROWSERS)('pictures and first run in %s', (browserName) => {
  const env = useSession(browserName);

  it('sets where it hurts from the body map by mouse, keyboard and touch, as the list does, with no axe violations', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await page.waitFor(() => document.querySelector('.body-map') !== null, null, 'the body map');
    expect(await checkedLocation(page)).toBeNull();

    await page.click('.body-map button[data-region="lower"]');
    await waitForLocation(page, 'lower');
    expect(await readMap(page)).toMatchObject({ marked: ['lower'], pressed: { lower: 'true', upper: 'false' } });

    // From the keyboard: the map's buttons are in the tab order, with their names.
    await page.evaluate(
      () => document.querySelector<HTMLElement>('.body-map button[data-region="leg"]')!.focus(),
      null,
    );
    expect(await page.evaluate(() => document.activeElement?.textContent, null)).toBe('Down a leg');
    await page.press(' ');
    await waitForLocation(page, 'radiating-leg');

    // By touch.
    const upper = await page.evaluate(() => {
      const box = document.querySelector('.body-map button[data-region="upper"]')!.getBoundingClientRect();
      return { x: box.left + box.width / 4, y: box.top + box.height / 2 };
    }, null);
    await page.tap(upper.x, upper.y);
    await waitForLocation(page, 'upper');

    // The list sets the map, too.
    await page.click('#painLocation-lower');
    await page.waitFor(
      () => document.querySelector('.body-map button[data-region="lower"]')?.getAttribute('aria-pressed') === 'true',
      null,
      'the map to follow the list',
    );

    // Until the checker asks about pain between the shoulder blades, that region is the upper back.
    await page.click('.body-map button[data-region="between-shoulder-blades"]');
    await waitForLocation(page, 'upper');
    expect(await axeViolations(page)).toEqual([]);
    if (browserName === 'chromium') {
      await page.emulateColorScheme('dark');
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateColorScheme('light');
    }
    await page.close();
  });

  it('shows how to pin the toolbar button on the welcome tab, with a picture that has its words', async () => {
    const page = await env.session.openExtensionPage('guide.html#welcome');
    await page.waitFor(() => document.querySelector('.welcome__picture') !== null, null, 'the welcome tab');
    const welcome = await page.evaluate(
      () => ({
        text: document.querySelector('#welcome')!.textContent,
        label: document.querySelector('.welcome__picture')!.getAttribute('aria-label'),
        role: document.querySelector('.welcome__picture')!.getAttribute('role'),
      }),
      null,
    );
    expect(welcome.text).toMatch(/Chrome and Edge[^]*pin beside Relief Lens/);
    expect(welcome.text).toMatch(/Firefox[^]*Pin to Toolbar/);
    expect(welcome).toMatchObject({ role: 'img', label: expect.stringMatching(/pin beside Relief Lens/) });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('names the physics words on the demo index without highlighting them', async () => {
    const page = await env.session.newPage(env.server.url('index.html'));
    await page.waitFor(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, 'the first scan');
    const highlighted = await page.evaluate(() => {
      const words: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('relief-lens')) continue;
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          words.push(live.toString().toLowerCase());
        }
      }
      return words;
    }, null);
    // The page is about massage, so its own terms are highlighted; the physics words are not.
    expect(highlighted).toContain('massage techniques');
    for (const word of ['friction', 'tension', 'compression']) expect(highlighted).not.toContain(word);
    await page.close();
  });

  it('explains a hover delay out of range instead of changing it, and clears the message once one fits', async () => {
    const page = await env.session.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('#hover-delay') !== null, null, 'the options form');
    await page.click('#hover-delay');
    await page.evaluate(() => document.querySelector<HTMLInputElement>('#hover-delay')!.select(), null);
    await page.type('5000');
    await page.press('Tab');
    await page.waitFor(
      () => document.querySelector('#hover-delay-problem')?.textContent?.includes('5000 is outside 0 to 2000'),
      null,
      'the out-of-range message',
    );
    const stored = () =>
      page.evaluate(
        async () =>
          (await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('settings')).settings ??
          null,
        null,
      );
    expect((await stored())?.hoverDelayMs ?? 300).toBe(300);
    expect(await axeViolations(page)).toEqual([]);

    await page.click('#hover-delay');
    await page.evaluate(() => document.querySelector<HTMLInputElement>('#hover-delay')!.select(), null);
    await page.type('600');
    await page.press('Tab');
    await page.waitFor(() => document.querySelector('#hover-delay-problem') === null, null, 'the message to go');
    await page.waitFor(
      async () =>
        (await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('settings')).settings
          ?.hoverDelayMs === 600,
      null,
      'the new delay to be saved',
    );

    // The text size applies to the checker too.
    await page.click('input[name="textSize"][value="large"]');
    const popup = await env.session.openExtensionPage('popup.html');
    await popup.waitFor(() => document.documentElement.dataset.textSize === 'large', null, 'the large text size');
    await popup.close();
    await page.evaluate(
      () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.remove(['settings', 'settings$']),
      null,
    );
    await page.close();
  });
});

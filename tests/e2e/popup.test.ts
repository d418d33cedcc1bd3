import { describe, expect, it } from 'vitest';
import { axeViolations, BROWSERS, useSession, type TestPage } from './harness';
import { STRESS_ANSWERS, storeProfileInPage } from './sample-profiles';

function waitForForm(page: TestPage): Promise<void> {
  return page.waitFor(() => document.querySelector('.profile-form') !== null, null, 'the checker form');
}

async function answer(page: TestPage, ids: string[]): Promise<void> {
  for (const id of ids) await page.click(`#${id}`);
}

/** Verdicts as the page shows them, technique → verdict, in the order shown. */
function shownVerdicts(page: TestPage): Promise<Array<[string, string]>> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.verdict-list .verdict')].map(
        (el) => [el.dataset.technique!, el.dataset.verdict!] as [string, string],
      ),
    null,
  );
}

/** Waits until the checker has written the answers given so far to storage. */
function waitForSaved(page: TestPage): Promise<void> {
  return page.waitFor(() => document.querySelector('.save-state') !== null, null, 'the answers to be saved');
}

/** What an extension page holds in `storage.local` under `key`. */
function readStored(page: TestPage, key: string): Promise<unknown> {
  return page.evaluate(async (key) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return (await api.storage.local.get(key))[key] ?? null;
  }, key);
}

/** The optional answers first: the last required answer folds a first-time person's form. */
const FILLED = [
  'conditions-osteoporosis',
  'goals-relaxation',
  'painLocation-lower',
  'duration-chronic',
  'severity-moderate',
  'spread-localized',
];

/** Where each element's box is in the viewport, top and bottom, to the nearest pixel (scrolling is fractional). */
function boxes(page: TestPage, selector: string): Promise<Array<[number, number]>> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((el) => {
        const box = el.getBoundingClientRect();
        return [Math.round(box.top), Math.round(box.bottom)] as [number, number];
      }),
    selector,
  );
}

/** Chronic, moderate pain in one spot of the lower back from tight muscles, wanting relief. */
const EVERYDAY = {
  painLocation: 'lower',
  duration: 'chronic',
  severity: 'moderate',
  spread: 'localized',
  causes: ['muscle-tension'],
  conditions: [],
  goals: ['pain-relief'],
};

/** What the screen reader hears about the verdicts. */
function liveSummary(page: TestPage): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector('.results [aria-live]')?.textContent ?? undefined, null);
}

/** The labels of one technique's reasons, in order. */
function reasonLabels(page: TestPage, technique: string): Promise<string[]> {
  return page.evaluate(
    (technique) =>
      [...document.querySelectorAll(`.verdict[data-technique="${technique}"] .reason__effect`)].map((el) =>
        el.textContent!.replace(/:$/, ''),
      ),
    technique,
  );
}

/** Firefox sets the colour scheme only at launch; the CSS is shared, so Chromium checks both themes. */
async function expectAxeClean(page: TestPage, browserName: string): Promise<void> {
  const schemes = browserName === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
  for (const scheme of schemes) {
    if (browserName === 'chromium') await page.emulateColorScheme(scheme);
    expect(await axeViolations(page), scheme).toEqual([]);
  }
}

describe.each(BROWSERS)('the checker popup in %s', (browserName) => {
  const env = useSession(browserName);

  /** Opens the checker as a returning person with `profile` saved (the stored format of version 2). */
  async function openWith(profile: object): Promise<TestPage> {
    const writer = await env.session.openExtensionPage('popup.html');
    await waitForForm(writer);
    await writer.evaluate(storeProfileInPage, { profile: { profile }, profile$: { v: 2 } });
    await writer.close();
    const page = await env.session.openExtensionPage('popup.html');
    await waitForForm(page);
    return page;
  }

  it('shows verdicts as the form is filled, keeps them after reopening, and preselects a technique', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await waitForForm(page);
    expect(await page.evaluate(() => document.querySelector('.missing-answers')?.textContent, null)).toContain(
      'where it hurts',
    );
    await answer(page, FILLED);
    await page.waitFor(() => document.querySelectorAll('.verdict-list .verdict').length === 6, null, 'six verdicts');
    const verdicts = Object.fromEntries(await shownVerdicts(page));
    // Osteoporosis: the guide asks for a provider's advice before deep tissue massage, and says nothing
    // about it for the others, so none of them is a plain good fit.
    expect(verdicts['deep-tissue']).toBe('consult-first');
    expect(verdicts.swedish).toBe('possible');
    await waitForSaved(page);
    expect(await page.evaluate(storeProfileInPage, 'read')).toMatchObject({
      profile: { conditions: ['osteoporosis'], goals: ['relaxation'] },
    });
    await page.close();

    const again = await env.session.openExtensionPage('popup.html?technique=deep-tissue');
    await again.waitFor(
      () => document.querySelectorAll('.verdict-list .verdict').length === 6,
      null,
      'verdicts after reopening',
    );
    expect(Object.fromEntries(await shownVerdicts(again))).toEqual(verdicts);
    const checked = await again.evaluate(
      () => [...document.querySelectorAll<HTMLInputElement>('.profile-form input:checked')].map((i) => i.id).sort(),
      null,
    );
    expect(checked).toEqual([...FILLED, 'pressure-none', 'injuryOnset-none'].sort());
    expect(await again.evaluate(() => document.querySelector<HTMLSelectElement>('#quick-technique')!.value, null)).toBe(
      'deep-tissue',
    );
    expect(
      await again.evaluate(() => document.querySelector<HTMLElement>('.quick-check .verdict')?.dataset.verdict, null),
    ).toBe('consult-first');
    await again.close();
  });

  it('leads with the see-a-doctor message when a warning sign is ticked, and clears everything with one button', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await waitForForm(page);
    await page.evaluate(() => document.querySelector('details.answers')?.setAttribute('open', ''), null);
    await page.click('#redFlags-fever');
    await page.waitFor(() => document.querySelector('.safety-notice') !== null, null, 'the see-a-doctor message');
    expect(await page.evaluate(() => document.querySelector('.masthead')?.nextElementSibling?.className, null)).toBe(
      'safety-notice safety-notice--see-doctor',
    );
    const verdicts = (await shownVerdicts(page)).map(([, v]) => v);
    expect(verdicts.every((v) => v === 'consult-first' || v === 'not-recommended')).toBe(true);
    await page.click('.answers__actions button');
    await page.waitFor(() => document.querySelector('.missing-answers') !== null, null, 'the emptied form');
    expect(
      await page.evaluate(() => document.querySelectorAll('.profile-form input[type=checkbox]:checked').length, null),
    ).toBe(0);
    expect(await page.evaluate(storeProfileInPage, 'read')).toBeNull();
    await page.close();
  });

  it('reports a corrupted stored profile quietly and starts from an empty form', async () => {
    const writer = await env.session.openExtensionPage('popup.html');
    await waitForForm(writer);
    await writer.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.local.set({ profile: { profile: 'garbage' } });
    }, null);
    await writer.close();

    const page = await env.session.openExtensionPage('popup.html');
    await waitForForm(page);
    expect(await page.evaluate(() => document.querySelector('.notice')?.textContent, null)).toContain(
      'could not be read',
    );
    expect(
      await page.evaluate(() => document.querySelectorAll('.profile-form input[type=checkbox]:checked').length, null),
    ).toBe(0);
    expect(await page.evaluate(() => document.querySelector('.missing-answers') !== null, null)).toBe(true);
    expect(page.errors()).toEqual([]);
    await page.close();
  });

  it('lists the techniques a booking page offers, with verdicts, and switches highlighting off for its site', async () => {
    const booking = await env.session.newPage(env.server.url('booking.html'));
    await booking.waitFor(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, 'highlighted terms');
    const setup = await env.session.openExtensionPage('popup.html');
    await waitForForm(setup);
    await answer(setup, FILLED);
    await waitForSaved(setup);
    // Without the "tabs" permission, tabs.query cannot match by URL; ask each tab's content script instead.
    const tabId = await setup.evaluate(async (url) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      for (const tab of await api.tabs.query({})) {
        const reply = await api.tabs.sendMessage(tab.id, { type: 'get-page-terms' }).catch(() => null);
        if (reply?.url === url) return tab.id as number;
      }
      return null;
    }, env.server.url('booking.html'));
    expect(typeof tabId).toBe('number');
    await setup.close();

    const page = await env.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await page.waitFor(() => document.querySelectorAll('.page-techniques li').length > 0, null, 'the page techniques');
    const listed = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.page-techniques li')].map((li) => [
          li.dataset.technique,
          li.querySelector<HTMLElement>('[data-verdict]')?.dataset.verdict,
        ]),
      null,
    );
    // The fixture's menu offers all six techniques.
    expect(listed.map(([t]) => t).sort()).toEqual([
      'deep-tissue',
      'hot-stone',
      'shiatsu',
      'swedish',
      'thai',
      'trigger-point',
    ]);
    expect(Object.fromEntries(listed)['deep-tissue']).toBe('consult-first');
    // The verdict lines, on the first screen, say which techniques the page offers.
    const marked = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.verdict-list .verdict')]
          .filter((line) => line.querySelector('.verdict__on-page'))
          .map((line) => line.dataset.technique)
          .sort(),
      null,
    );
    expect(marked).toEqual(listed.map(([t]) => t).sort());

    await page.click('.switch input');
    await booking.waitFor(() => [...CSS.highlights.values()].every((h) => h.size === 0), null, 'highlights to go away');
    expect(await readStored(page, 'settings')).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await page.close();
    await booking.close();
  });

  it('explains calmly when the tab has no content script', async () => {
    const setup = await env.session.openExtensionPage('popup.html');
    await waitForForm(setup);
    // The checker's own tab is an extension page: no content script answers there.
    const ownTab = await setup.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return (await api.tabs.getCurrent()).id as number;
    }, null);
    const page = await env.session.openExtensionPage(`popup.html?tab=${ownTab}`);
    await page.waitFor(() => document.querySelector('.page-unavailable') !== null, null, 'the unavailable message');
    expect(await page.evaluate(() => document.querySelector('.page-unavailable')!.textContent, null)).toContain(
      'cannot read this page',
    );
    await page.close();
    await setup.close();
  });

  it('everyday: the guide’s picks for chronic tension in one spot come first, axe clean in light and dark', async () => {
    const page = await openWith(EVERYDAY);
    await page.waitFor(() => document.querySelectorAll('.verdict-list .verdict').length === 6, null, 'six verdicts');
    const shown = await shownVerdicts(page);
    expect(shown.slice(0, 2)).toEqual([
      ['deep-tissue', 'good-fit'],
      ['trigger-point', 'good-fit'],
    ]);
    expect(shown.filter(([, v]) => v === 'good-fit').length).toBeLessThanOrEqual(3);
    expect(await liveSummary(page)).toBe('Best match by the guide: Deep tissue massage, Suits you, by the guide.');
    await page.click('.verdict-list .verdict[data-technique="deep-tissue"] summary');
    await page.waitFor(
      () => document.querySelector<HTMLDetailsElement>('.verdict[data-technique="deep-tissue"]')?.open,
      null,
      'the opened reasons',
    );
    expect(await reasonLabels(page, 'deep-tissue')).toContain('Why it suits you');
    // The checklist's question about where it hurts and the goal carries the answers, not blanks.
    expect(
      await page.evaluate(
        () => document.querySelector('[data-check="goals"] .checklist__question q')?.textContent,
        null,
      ),
    ).toBe('The pain is mostly in my lower back; my main goal is less pain. How would you approach that?');
    await expectAxeClean(page, browserName);
    await page.close();
  });

  it('capped: a see-a-doctor sign leads, nothing is in favour of a capped verdict, and no best match is named', async () => {
    const page = await openWith({ ...EVERYDAY, redFlags: ['night-pain'] });
    await page.waitFor(() => document.querySelector('.safety-notice--see-doctor') !== null, null, 'the capped state');
    const verdicts = (await shownVerdicts(page)).map(([, v]) => v);
    expect(verdicts).toHaveLength(6);
    expect(verdicts.every((v) => v === 'consult-first' || v === 'not-recommended')).toBe(true);
    expect(await liveSummary(page)).toMatch(/^See a doctor before any massage: /);
    await page.click('.verdict-list .verdict[data-technique="deep-tissue"] summary');
    const labels = await reasonLabels(page, 'deep-tissue');
    expect(labels[0]).toBe('What holds it back');
    expect(labels).toContain('In its favour, but outweighed by the above');
    expect(labels).not.toContain('Also in its favour');
    await expectAxeClean(page, browserName);
    await page.close();
  });

  it('emergency: only what to do now, no verdicts anywhere, axe clean in light and dark', async () => {
    const page = await openWith({ ...EVERYDAY, redFlags: ['saddle-numbness'] });
    await page.waitFor(() => document.querySelector('.safety-notice--emergency') !== null, null, 'the emergency');
    const state = await page.evaluate(
      () => ({
        alert: document.querySelector('.safety-notice--emergency')?.getAttribute('role'),
        text: document.querySelector('.safety-notice--emergency')?.textContent ?? '',
        verdicts: document.querySelectorAll('.verdict, .verdict-badge').length,
        results: document.querySelector('.results') !== null,
      }),
      null,
    );
    expect(state).toMatchObject({ alert: 'alert', verdicts: 0, results: false });
    // The emergency line reads for any country.
    for (const number of ['999', '911', '112']) expect(state.text).toContain(number);
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#quick-technique')!;
      select.value = 'swedish';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    await page.waitFor(() => document.querySelector('.quick-check .hint') !== null, null, 'the quick check');
    expect(await page.evaluate(() => document.querySelector('.quick-check')!.textContent, null)).toContain(
      'No verdict: Get medical help now',
    );
    await expectAxeClean(page, browserName);
    await page.close();
  });

  it('a returning person’s first screen (380×600) holds the folded answers, every verdict and the advice line', async () => {
    const page = await openWith(EVERYDAY);
    await page.setViewport(380, 600);
    await page.waitFor(() => document.querySelectorAll('.verdict-list .verdict').length === 6, null, 'six verdicts');
    const screen = await page.evaluate(() => {
      const below = (selector: string) =>
        [...document.querySelectorAll(selector)].map((el) => Math.ceil(el.getBoundingClientRect().bottom));
      return {
        height: window.innerHeight,
        scrolled: window.scrollY,
        formOpen: document.querySelector<HTMLDetailsElement>('details.answers')!.open,
        summary: document.querySelector('.answers__summary')?.textContent,
        // The small map beside the summary line marks what the answers say, within the line.
        lineMap: [...document.querySelectorAll('.answers > summary .profile-map path[data-region]')].map((path) =>
          path.getAttribute('data-region'),
        ),
        lineMapHeight: document.querySelector('.answers > summary .profile-map')?.getBoundingClientRect().height,
        lineHeight: document.querySelector('.answers > summary h2')!.getBoundingClientRect().height,
        lines: below('.verdict-list .verdict > summary'),
        advice: below('.results__disclaimer'),
        onThisPage: below('#on-this-page-title'),
      };
    }, null);
    expect(screen).toMatchObject({ height: 600, scrolled: 0, formOpen: false });
    expect(screen.summary).toBe('Lower back, 6 weeks or more, moderate, one spot; 2 more answers');
    expect(screen.lineMap).toEqual(['lower']);
    expect(screen.lineMapHeight).toBeLessThanOrEqual(screen.lineHeight);
    expect(screen.lines).toHaveLength(6);
    for (const bottom of [...screen.lines, ...screen.advice, ...screen.onThisPage])
      expect(bottom).toBeLessThanOrEqual(600);
    await page.close();
  });

  /** Opens the checker as a first-time person: whatever earlier tests saved is cleared with its own button. */
  async function openFresh(): Promise<TestPage> {
    const page = await env.session.openExtensionPage('popup.html');
    await page.setViewport(380, 600);
    await waitForForm(page);
    await page.evaluate(() => document.querySelector('details.answers')?.setAttribute('open', ''), null);
    await page.click('.answers__actions button');
    await page.waitFor(() => document.querySelector('.missing-answers') !== null, null, 'the emptied form');
    return page;
  }

  it('a first-time person’s last required answer folds the form and brings the verdicts into the first screen', async () => {
    const page = await openFresh();
    await answer(page, ['painLocation-lower', 'duration-chronic', 'severity-moderate']);
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('details.answers')!.open, null)).toBe(
      true,
    );
    await page.click('#spread-localized');
    await page.waitFor(() => document.activeElement?.id === 'results-title', null, 'focus on the verdicts');
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('details.answers')!.open, null)).toBe(
      false,
    );
    const lines = await boxes(page, '.verdict-list .verdict > summary');
    expect(lines).toHaveLength(6);
    for (const [top, bottom] of [...(await boxes(page, '#results-title')), ...lines]) {
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(600);
    }
    // Each folded line says which way its deciding reason points.
    const why = await page.evaluate(
      () => [...document.querySelectorAll('.verdict__why')].map((el) => el.textContent ?? ''),
      null,
    );
    expect(
      why.filter((text) => /^(Why it suits you|Held back|Ask first|Against it): /.test(text)).length,
    ).toBeGreaterThan(0);
    await page.close();
  });

  it('a first-time person whose answers call for a doctor lands on the gate, in the first screen', async () => {
    const page = await openFresh();
    // Pain down a leg for 6 weeks or more: NHS Sciatica says to see a GP.
    await answer(page, ['painLocation-radiating-leg', 'duration-chronic', 'severity-mild', 'spread-localized']);
    await page.waitFor(() => document.activeElement?.id === 'safety-notice-title', null, 'focus on the gate');
    const [gate] = await boxes(page, '.safety-notice');
    expect(gate![0]).toBeGreaterThanOrEqual(0);
    expect(gate![1]).toBeLessThanOrEqual(600);
    expect(await page.evaluate(() => document.querySelector('.safety-notice')!.textContent, null)).toContain('6 weeks');
    await page.close();
  });

  it('has no axe violations (light and dark in Chromium)', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await waitForForm(page);
    await page.evaluate(() => document.querySelector('details.answers')?.setAttribute('open', ''), null);
    await page.click('.answers__actions button');
    await page.waitFor(() => document.querySelector('.missing-answers') !== null, null, 'the emptied form');
    await answer(page, STRESS_ANSWERS);
    await page.waitFor(() => document.querySelectorAll('.verdict-list .verdict').length === 6, null, 'six verdicts');
    // Firefox sets the colour scheme only at launch; the CSS is shared, so Chromium checks both themes.
    const schemes = browserName === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
    for (const scheme of schemes) {
      if (browserName === 'chromium') await page.emulateColorScheme(scheme);
      expect(await axeViolations(page), scheme).toEqual([]);
    }
    // The last required answer folded the form; open it again for the warning signs.
    await page.click('.results__more button');
    await page.waitFor(() => document.activeElement?.id === 'group-warning-signs', null, 'focus on the warning signs');
    await page.click('#redFlags-fever');
    await page.waitFor(() => document.querySelector('.safety-notice') !== null, null, 'the see-a-doctor message');
    expect(await axeViolations(page, '.safety-notice')).toEqual([]);
    await page.click('#redFlags-fever');
    await page.click('.checklist .copy-button');
    await page.waitFor(
      () => document.querySelector('.copy-status')?.textContent === 'Copied the question.',
      null,
      'the copy confirmation',
    );
    await page.close();
  });
});

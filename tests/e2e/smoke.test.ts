import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './harness';

describe.each(BROWSERS)('the built extension in %s', (browserName) => {
  const env = useSession(browserName);

  it('runs its content script on a page served from 127.0.0.1', async () => {
    const page = await env.session.newPage(env.server.url('smoke.html'));
    // The content script leaves no mark in the page's DOM; its scan measure is how a page can tell it ran.
    await page.waitFor(() => performance.getEntriesByName('relief-lens:scan').length > 0, null, 'the content script');
    await page.close();
  });

  it('renders the popup page', async () => {
    const page = await env.session.openExtensionPage('popup.html');
    await page.waitFor(() => document.querySelector('h1') !== null, null, 'the popup heading');
    expect(await page.evaluate(() => document.querySelector('h1')?.textContent, null)).toContain('Relief Lens');
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '@/scripts/serve.mjs';

describe('the fixture server (scripts/serve.mjs)', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.close());

  it.each(['/%E0%A4%A', '/%', '/smoke%2.html'])('answers 400 to the malformed escape in %s', async (path) => {
    const response = await fetch(`${server.origin}${path}`);
    expect(response.status).toBe(400);
  });

  it('keeps serving after a malformed request: a page, an escaped name, and 404 for what is not there', async () => {
    await fetch(`${server.origin}/%`);
    const page = await fetch(server.url('smoke.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetch(`${server.origin}/sm%6Fke.html`)).status).toBe(200);
    expect((await fetch(server.url('missing.html'))).status).toBe(404);
  });

  it('never serves a file outside its roots', async () => {
    const response = await fetch(`${server.origin}/%2e%2e/%2e%2e/package.json`);
    expect(response.status).toBe(404);
  });
});

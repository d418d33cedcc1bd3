#!/usr/bin/env node
/**
 * `npm start`: try Relief Lens now. Builds the Chrome package, serves the demo pages on 127.0.0.1 and
 * opens a real Chromium window with the extension loaded on the demo page. Without a display it says so
 * and points at the build output instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT as outDir, ROOT as root } from './paths.mjs';
import { startServer } from './serve.mjs';

const extension = join(outDir, 'chrome-mv3');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

console.log('Building Relief Lens for Chromium…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
if (!hasDisplay) {
  console.log(`
No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open here.
The extension is built in ${extension}
  Chrome/Edge/Chromium: open chrome://extensions, switch on Developer mode, "Load unpacked", pick that folder.
  Serve the demo pages with: node scripts/serve.mjs  (then open http://127.0.0.1:8377/)
To see it headless instead, run the test suite: npm test`);
  process.exit(0);
}
if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.
Branded Google Chrome ignores --load-extension; load ${extension} by hand from chrome://extensions instead.`);
  process.exit(1);
}

const server = await startServer(undefined, Number(process.env.PORT ?? 8377)).catch(() => startServer());
const demo = server.url('index.html');
const profile = mkdtempSync(join(tmpdir(), 'relief-lens-demo-'));
console.log(`Demo page: ${demo}\nOpening Chromium with the extension loaded. Close the window to stop.`);
const browser = spawn(
  chrome,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root with its sandbox on (containers, fresh CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demo,
  ],
  { stdio: 'ignore' },
);
browser.on('exit', async () => {
  await server.close();
  process.exit(0);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => browser.kill());

/**
 * A tiny static file server on 127.0.0.1 for the demo and test pages (content scripts do not run on
 * file:// by default). Used by `npm start`, the benchmark and the end-to-end tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves files under `roots` (the first root holding the path wins).
 * @param {string[]} [roots]
 * @param {number} [port] 0 picks a free port
 * @returns {Promise<{ origin: string, url(path: string): string, close(): Promise<void> }>}
 */
export async function startServer(roots = [FIXTURES], port = 0) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      // A malformed % escape (`/%E0%A4%A`): decodeURIComponent throws, and the server must not.
      res.writeHead(400).end('bad request');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    for (const root of roots) {
      const file = join(root, path);
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

// `node scripts/serve.mjs [port]` serves the demo pages by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer(undefined, Number(process.argv[2] ?? 8377));
  console.log(`Serving tests/fixtures at ${server.url('index.html')} (Ctrl+C stops)`);
}

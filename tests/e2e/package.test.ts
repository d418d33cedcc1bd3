import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OUT, ROOT } from '@/scripts/paths.mjs';

/**
 * The store packages `npm run build` writes: what each manifest asks for, and what the zips hold.
 * (Mozilla's addons-linter runs on the Firefox zip as its own `npm test` stage: scripts/lint-firefox.mjs.)
 */
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };

function readZip(name: string): Map<string, Buffer> {
  const path = resolve(OUT, `relief-lens-${version}-${name}.zip`);
  if (!existsSync(path)) throw new Error(`No ${path}. Build the packages first: npm run build`);
  return listZip(readFileSync(path));
}

/** Names and (stored or deflated) bytes of a zip's entries, from its central directory. */
function listZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.set(name, method === 0 ? data : inflateRawSync(data)); // 8: deflate
    at += 46 + skip;
  }
  return entries;
}

const manifestOf = (zip: Map<string, Buffer>) => JSON.parse(zip.get('manifest.json')!.toString('utf8'));

describe('the store packages', () => {
  it.each(['chrome', 'firefox'])(
    '%s: asks only for the justified permissions, names itself through _locales',
    (browser) => {
      const zip = readZip(browser);
      const manifest = manifestOf(zip);
      // scripting and <all_urls>: the highlight styles and the card's code are injected where first
      // needed, over the same pages the content script runs on (MV2 lists hosts among permissions, MV3 apart).
      const isHost = (p: string) => p === '<all_urls>' || p.includes('://');
      const hosts = browser === 'chrome' ? manifest.host_permissions : manifest.permissions.filter(isHost);
      expect([...manifest.permissions].filter((p: string) => !isHost(p)).sort()).toEqual([
        'contextMenus',
        'scripting',
        'storage',
      ]);
      expect(hosts).toEqual(['<all_urls>']);
      // Nothing a page could fetch or probe by URL.
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      // The content script, and the early listeners that run before any page script.
      expect(
        manifest.content_scripts.map((c: { matches: string[]; js: string[]; run_at: string }) => [
          c.js,
          c.run_at,
          c.matches,
        ]),
      ).toEqual([
        [['content-scripts/content.js'], 'document_idle', ['<all_urls>']],
        [['trusted-input.js'], 'document_start', ['<all_urls>']],
      ]);
      // The highlight styles travel in the background's code and are injected only where a highlight is drawn.
      expect(manifest.content_scripts.flatMap((c: { css?: string[] }) => c.css ?? [])).toEqual([]);
      expect(zip.has('content-scripts/content.css')).toBe(false);
      const background = zip.get(manifest.background.service_worker ?? manifest.background.scripts[0])!;
      expect(background.toString('utf8')).toContain('::highlight(relief-lens-u-technique)');
      expect([manifest.name, manifest.description, manifest.default_locale]).toEqual([
        '__MSG_extName__',
        '__MSG_extDescription__',
        'en',
      ]);
      const messages = JSON.parse(zip.get('_locales/en/messages.json')!.toString('utf8'));
      expect(messages.extName.message).toBe('Relief Lens');
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
      for (const size of [16, 32, 48, 128]) {
        expect(manifest.icons[size]).toBe(`icon/${size}.png`);
        const png = zip.get(`icon/${size}.png`)!;
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      }
      expect(Object.keys(manifest.commands)).toContain('toggle-site');
      expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    },
  );

  it.each(['chrome', 'firefox'])('%s: the script every page loads holds no zod and only ASCII', (browser) => {
    const content = readZip(browser).get('content-scripts/content.js')!;
    // zod's constructors run as its module loads, in every frame; the card's code may carry it.
    expect(content.toString('latin1')).not.toContain('$ZodType');
    expect(readZip(browser).get('card.js')!.toString('latin1')).toContain('$ZodType');
    // One character past ASCII makes the browser keep the whole source at two bytes a character.
    expect(content.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it.each(['chrome', 'firefox'])('%s: every string the browser shows comes from _locales and resolves', (browser) => {
    const zip = readZip(browser);
    const manifest = manifestOf(zip);
    const messages = JSON.parse(zip.get('_locales/en/messages.json')!.toString('utf8')) as Record<
      string,
      { message: string }
    >;
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.filter((key) => !messages[key]?.message)).toEqual([]);
    // What the browser shows: the name and summary, the toolbar button's tooltip, each shortcut's text.
    const toolbarButton = manifest.action ?? manifest.browser_action;
    const shown = [
      manifest.name,
      manifest.description,
      toolbarButton.default_title,
      ...Object.values(manifest.commands as Record<string, { description: string }>).map((c) => c.description),
    ];
    expect(shown.filter((text: string) => !/^__MSG_\w+__$/.test(text))).toEqual([]);
    expect(new Set(keys)).toEqual(new Set(shown.map((text: string) => text.slice(6, -2))));
  });

  it.each(['chrome', 'firefox'])('%s: the store listing justifies exactly the permissions asked for', (browser) => {
    const manifest = manifestOf(readZip(browser));
    const asked = [...manifest.permissions, ...(manifest.host_permissions ?? [])];
    // The first cell of each row of listing.md's permission table: | `storage` | permission | why |
    const listing = readFileSync(resolve(ROOT, 'docs/store/listing.md'), 'utf8');
    const justified = [...listing.matchAll(/^\| `([^`]+)` \| [\w ]+ \| .{40,} \|$/gm)].map((m) => m[1]);
    expect([...justified].sort()).toEqual([...asked].sort());
  });

  it('firefox: declares that nothing is collected', () => {
    const manifest = manifestOf(readZip('firefox'));
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      // The permanent add-on ID (why this one: wxt.config.ts and docs/store/README.md).
      id: '{ee6e851b-426f-4d4c-874b-0ff43948c7a4}',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('sources: holds what a reviewer rebuilds from, and nothing generated or private', () => {
    const names = [...readZip('sources').keys()];
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      // The privacy page is built from it.
      'PRIVACY.md',
      'entrypoints/background.ts',
      'scripts/build.mjs',
    ]) {
      expect(names).toContain(needed);
    }
    const stray = names.filter((n) =>
      /^(\.|node_modules\/|tests\/|test-results\/|bench-results\/|docs\/)|\.(zip|log)$|(^|\/)\.output/.test(n),
    );
    expect(stray).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { opaqueBounds, pngSize } from './support/png';

/**
 * What docs/store/ hands the stores, checked without a build: the images' sizes (made by
 * `npm run screenshots`; their pixels are for a person to judge), the store icon's padding, and the
 * listing's lengths. The permission table is checked against the built manifests in tests/e2e/package.test.ts.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const IMAGES = resolve(ROOT, 'docs/store/images');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

/** The text under a `### heading` of listing.md, up to the next heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n### ${heading}\n`);
  if (start === -1) throw new Error(`listing.md has no "### ${heading}"`);
  const body = markdown.slice(start + heading.length + 6);
  return body.slice(0, body.search(/\n#/) === -1 ? undefined : body.search(/\n#/)).trim();
}

describe('the store images', () => {
  const files = readdirSync(IMAGES).filter((f) => f.endsWith('.png'));
  const screenshots = files.filter((f) => /^\d+-/.test(f));

  it('are the ones docs/store/README.md lists', () => {
    const listed = [...read('docs/store/README.md').matchAll(/`([\w-]+\.png)`/g)].map((m) => m[1]);
    expect([...new Set(listed)].sort()).toEqual([...files].sort());
    expect(screenshots.length).toBeGreaterThanOrEqual(5);
  });

  it.each(screenshots)('%s is 1280 × 800', (file) => {
    expect(pngSize(readFileSync(resolve(IMAGES, file)))).toEqual({ width: 1280, height: 800 });
  });

  it('the promotional tile is 440 × 280', () => {
    expect(pngSize(readFileSync(resolve(IMAGES, 'tile-440x280.png')))).toEqual({ width: 440, height: 280 });
  });

  it('the 128 px icon draws its artwork in the middle 96 × 96, with 16 px of transparent padding', () => {
    const icon = readFileSync(resolve(ROOT, 'public/icon/128.png'));
    expect(pngSize(icon)).toEqual({ width: 128, height: 128 });
    const box = opaqueBounds(icon);
    expect(Math.min(box.left, box.top)).toBeGreaterThanOrEqual(16);
    expect(Math.max(box.right, box.bottom)).toBeLessThanOrEqual(111);
    // ...and fills that square, rather than shrinking inside it.
    expect([box.right - box.left + 1, box.bottom - box.top + 1]).toEqual([96, 96]);
  });
});

describe('the store listing', () => {
  const listing = read('docs/store/listing.md');
  const messages = JSON.parse(read('public/_locales/en/messages.json')) as Record<string, { message: string }>;

  it('names the extension as the manifest does, within every store limit (Edge 45, AMO 50, Chrome 75)', () => {
    expect(section(listing, 'Name')).toBe(messages.extName!.message);
    expect(messages.extName!.message.length).toBeLessThanOrEqual(45);
  });

  it("keeps the Chrome Web Store summary (the manifest's description) within 132 characters", () => {
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it("keeps AMO's summary within 250 characters", () => {
    const summary = section(listing, 'Summary (at most 250 characters)');
    expect(summary.length).toBeGreaterThan(100);
    expect(summary.length).toBeLessThanOrEqual(250);
  });
});

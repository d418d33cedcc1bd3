#!/usr/bin/env node
/**
 * `npm run build`: production builds for Chrome/Edge (MV3) and Firefox, each zipped for its store:
 * relief-lens-<version>-chrome.zip, relief-lens-<version>-firefox.zip and relief-lens-<version>-sources.zip
 * (what Mozilla's reviewers rebuild from). Everything goes to RELIEF_LENS_OUT (default .output).
 * `wxt zip` builds before it zips, so the unpacked builds (chrome-mv3/, firefox-mv2/) are there too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OUT as out, ROOT as root } from './paths.mjs';

const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  console.log(`\n> wxt ${args.join(' ')}`);
  const run = spawnSync('npx', ['wxt', ...args], { cwd: root, stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    console.error(`wxt ${args.join(' ')} failed (exit ${run.status})`);
    process.exit(1);
  }
}
console.log(`\nPackages in ${out}:`);
for (const name of ['chrome', 'firefox', 'sources']) console.log(`  relief-lens-${version}-${name}.zip`);

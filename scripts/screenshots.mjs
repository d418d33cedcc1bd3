#!/usr/bin/env node
/**
 * `npm run screenshots`: regenerates the pictures in docs/ and the store images in docs/store/images/
 * on purpose (tests never write them). Builds the Chrome package, then takes each picture in the system
 * Chromium (tests/screenshots/docs.screenshots.ts, store.screenshots.ts). Review the changed pictures
 * before committing them.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const steps = [
  ['npx', ['wxt', 'build']],
  ['npx', ['vitest', 'run', '--project', 'screenshots']],
];
for (const [cmd, args] of steps) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  const run = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, RELIEF_LENS_SCREENSHOTS: '1' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
console.log('\nUpdated docs/*.png and docs/store/images/*.png; see what changed with: git status docs');

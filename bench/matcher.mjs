#!/usr/bin/env node
/**
 * Node-side micro-benchmark of the matcher alone (the browser benchmark, `npm run bench`, measures the
 * whole scan). Every number is one cold run in a fresh Node process, as a content script runs once per
 * page, timed in main-thread CPU time (a single page by the clock). Each process first times the floor
 * (lower-casing every text node once, as the browser floor does), then the measured work; the median
 * ratio over several processes is printed, not absolute times.
 *
 *   node bench/matcher.mjs [CORPUS_DIR] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS } from '../scripts/paths.mjs';

if (process.argv[2] === '--child') {
  await runChild(process.argv[3], process.argv[4], process.argv[5]);
} else {
  await runParent();
}

async function runParent() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  const corpus = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? CORPUS;
  const work = mkdtempSync(join(tmpdir(), 'bench-matcher-'));

  // Imported here, not at the top: each child process loads only what it measures.
  const { bundleEntry } = await import('./engine/bundle-engine.mjs');
  const { htmlFiles } = await import('./harness.mjs');
  writeFileSync(join(work, 'matcher.mjs'), await bundleEntry('matcher-entry.ts', 'esm'));

  const pages = htmlFiles(corpus).map((file) => extractText(readFileSync(file, 'utf8')));
  const sizes = pages.map((p) => p.join('\n').length).sort((a, b) => a - b);
  const median = pages.find((p) => p.join('\n').length === sizes[sizes.length >> 1]) ?? [];
  let chunks = pages.flat();
  while (chunks.join('\n').length < 4e6) chunks = chunks.concat(pages.flat());
  writeFileSync(join(work, 'all.json'), JSON.stringify(chunks));
  writeFileSync(join(work, 'median.json'), JSON.stringify(median));
  const mb = chunks.join('\n').length / 1e6;
  console.log(
    `${pages.length} pages, scanning ${mb.toFixed(1)} MB (the corpus repeated); median page ${(sizes[sizes.length >> 1] / 1e3).toFixed(0)} KB; median of ${runs} cold runs each\n`,
  );

  /** The median, over `runs` fresh processes, of the ratio of `mode`'s time to the floor's in the same process. */
  const measure = (mode, formIndex, text = 'all') => {
    const ratios = [];
    let info;
    for (let i = 0; i < runs; i += 1) {
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', import.meta.filename, '--child', work, mode, `${formIndex}:${text}`],
        {
          encoding: 'utf8',
        },
      );
      if (child.status !== 0) throw new Error(child.stderr);
      info = JSON.parse(child.stdout);
      ratios.push(info.ms / info.floorMs);
    }
    ratios.sort((a, b) => a - b);
    return { ...info, ratio: ratios[ratios.length >> 1] };
  };
  const row = (label, result) =>
    console.log(
      `${label.padEnd(66)} ${result.ratio.toFixed(2).padStart(6)}× floor ${String(result.matches).padStart(7)} found`,
    );

  const scans = {};
  for (const formIndex of ['real', 'gen100', 'english100']) {
    const scan = measure('matcher', formIndex);
    scans[formIndex] = scan.ratio;
    console.log(`form index "${formIndex}": ${scan.forms} forms`);
    row('  matcher: findAll on the joined text (compiled beforehand)', scan);
    row('  matcher: compile', measure('build', formIndex));
    row('  alternative: a JS loop over every word + Map lookup', measure('words', formIndex));
    if (formIndex === 'real')
      row('  alternative: one alternation regex of all forms (compile + scan)', measure('alternation', formIndex));
  }
  row('build the matcher for the real form index, vs the floor on the median page', measure('build', 'real', 'median'));
  for (const formIndex of ['gen100', 'english100']) {
    console.log(
      `scan time per MB, form index "${formIndex}" vs "real": ${(scans[formIndex] / scans.real).toFixed(2)}×`,
    );
  }
}

async function runChild(work, mode, spec) {
  const [formIndex, textName] = spec.split(':');
  const chunks = JSON.parse(readFileSync(join(work, `${textName}.json`), 'utf8'));
  const text = chunks.join('\n');
  // The floor first, in the same heap state for every mode (building a large form index first made it
  // several times faster); garbage from the set-up is collected so its GC stays out of the window.
  // CPU time is counted in scheduler ticks (4 ms here): too coarse for one page, so a page is timed by the clock.
  const now = textName === 'median' ? () => performance.now() : threadCpuMs;
  globalThis.gc();
  let start = now();
  let lowerCased = 0;
  for (const chunk of chunks) lowerCased += chunk.toLowerCase().length;
  const floorMs = now() - start;
  const { compileMatcher, guideForms, TERMS, generatedFormText } = await import(join(work, 'matcher.mjs'));
  const forms = makeFormIndex(guideForms(TERMS), formIndex, chunks, generatedFormText);
  // Scan time only for 'matcher': the browser benchmark compiles once per page, before scanning.
  const matcher = mode === 'matcher' ? compileMatcher(forms) : undefined;
  globalThis.gc();
  start = now();
  let matches = 0;
  // Building includes compiling the filter regex, which the engine does on its first use.
  if (mode === 'build') matches = compileMatcher(forms).findAll('massage therapy').length;
  if (matcher) matches = matcher.findAll(text).length;
  if (mode === 'words') {
    const firstWords = new Set(forms.map((f) => f.text.toLowerCase().split(/[^a-z0-9]+/)[0]));
    const word = /[a-z0-9\u00c0-\u024f]+/gi;
    for (let hit = word.exec(text); hit !== null; hit = word.exec(text))
      if (firstWords.has(hit[0].toLowerCase())) matches += 1;
  }
  if (mode === 'alternation') {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
    const sorted = forms.map((f) => f.text).sort((a, b) => b.length - a.length);
    const regex = new RegExp(`\\b(?:${sorted.map(escape).join('|')})\\b`, 'gi');
    for (let hit = regex.exec(text); hit !== null; hit = regex.exec(text)) matches += 1;
  }
  const ms = now() - start;
  process.stdout.write(JSON.stringify({ ms, floorMs, matches, forms: forms.length, lowerCased }));
}

/**
 * 'gen100': 99 generated forms per real one, made as the browser benchmark makes them
 * (bench/engine/generated-forms.ts, which the engine's sweep uses). 'english100': the same number, each
 * starting with an English word from the corpus, the worst case for the filter.
 */
function makeFormIndex(real, formIndex, chunks, generatedFormText) {
  if (formIndex === 'real') return real;
  const count = real.length * 99;
  const english = [
    ...new Set(
      chunks
        .join(' ')
        .toLowerCase()
        .match(/\b[a-z]{4,}\b/g),
    ),
  ];
  const generated = Array.from({ length: count }, (_, i) => {
    const first = formIndex === 'english100' ? english[(i * 7919) % english.length] : undefined;
    return { text: generatedFormText(i, first), termId: `generated-${i}`, needsContext: false };
  });
  return [...real, ...generated];
}

/** Main-thread CPU time: on a shared machine, wall time mostly measures the other processes. */
function threadCpuMs() {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Crude: drops scripts, styles and tags, decodes numeric and a few named entities; one chunk per text run. */
function extractText(html) {
  const named = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    shy: '\u00ad',
    rsquo: '\u2019',
    lsquo: '\u2018',
    ldquo: '\u201c',
    rdquo: '\u201d',
    mdash: '\u2014',
    ndash: '\u2013',
  };
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .split(/<[^>]*>/)
    .filter((chunk) => chunk.trim())
    .map((chunk) =>
      chunk.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body) => {
        if (body[0] !== '#') return named[body] ?? entity;
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }),
    );
}

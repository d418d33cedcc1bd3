/**
 * The mutation section: 1,000 paragraphs appended in 50 bursts of 20 and removed in 50 more, on a
 * small page and on the largest one; the engine's busy time per burst.
 */
import { fmt, median, pickBySize } from '../harness.mjs';

/** The engine's busy time for the batch of changes `change(arg)` makes on the page. */
async function burstCost(page, change, arg) {
  const before = await page.evaluate(() => window.reliefLensBench.rescans().length);
  await page.evaluate(change, arg);
  await page.waitForFunction((n) => window.reliefLensBench.rescans().length > n, before);
  const detail = (await page.evaluate(() => window.reliefLensBench.rescans())).slice(before);
  return detail.reduce((total, d) => total + d.busyMs, 0);
}

/** 50 bursts appending 20 paragraphs each, then 50 bursts removing the 20 oldest of them. */
async function mutationRun(withEngine, url) {
  return withEngine(url, async (page) => {
    await page.evaluate(() => window.reliefLensBench.scan({ density: 'first' }));
    const appends = [];
    const removals = [];
    for (let burst = 0; burst < 50; burst++) {
      const append = (burst) => {
        const sentences = [
          'A Swedish massage eased the lower back pain after a long week.',
          'Her physiotherapist suspected sciatica and advised against deep tissue massage for now.',
          'The weather was mild and the train ran on time.',
          'Friction and compression were part of the session, the massage therapist said.',
        ];
        for (let i = 0; i < 20; i++) {
          const p = document.createElement('p');
          p.className = 'bench-burst';
          p.textContent = `${burst}.${i} ${sentences[(burst + i) % sentences.length]}`;
          document.body.append(p);
        }
      };
      appends.push(await burstCost(page, append, burst));
    }
    const removeOldest = () => [...document.querySelectorAll('p.bench-burst')].slice(0, 20).forEach((p) => p.remove());
    for (let burst = 0; burst < 50; burst++) removals.push(await burstCost(page, removeOldest, null));
    return { appends, removals };
  });
}

export async function runMutation({ withEngine }, rows) {
  const { smallest, largest } = pickBySize(rows);
  console.log(
    '\nMutation run: 50 bursts of 20 appended paragraphs (1,000 in all), then 50 bursts removing the 20 oldest; engine busy time per burst',
  );
  for (const row of [smallest, largest]) {
    const { appends, removals } = await mutationRun(withEngine, row.url);
    console.log(
      `  on ${row.name} (${(row.chars / 1024).toFixed(0)} KB of text, ${row.scan?.detail.matches ?? '?'} terms of its own):`,
    );
    for (const [label, costs] of [
      ['appending', appends],
      ['removing ', removals],
    ]) {
      console.log(
        `    ${label} median ${fmt(median(costs))} ms, max ${fmt(Math.max(...costs))} ms, ` +
          `first 10 ${fmt(median(costs.slice(0, 10)))} ms vs last 10 ${fmt(median(costs.slice(-10)))} ms (median)`,
      );
    }
  }
}

/** The pathological section: pages built in the page that the scan must keep sliced and bounded. */
import { fmt } from '../harness.mjs';

const PATHOLOGICAL = {
  'one 5 MB text node': () => {
    const words = 'the quick brown fox jumps over a lazy dog while sciatica and a Swedish massage wait ';
    document.body.replaceChildren(document.createTextNode(words.repeat(Math.ceil(5e6 / words.length))));
  },
  '200,000 text nodes': () => {
    const root = document.createElement('div');
    for (let i = 0; i < 20_000; i++) {
      const p = document.createElement('p');
      for (let k = 0; k < 10; k++)
        p.append(document.createTextNode(k === 5 && i % 100 === 0 ? ' back pain ' : ` word${k} `));
      root.append(p);
    }
    document.body.replaceChildren(root);
  },
  // Inline elements: Chromium's own renderer crashes on ~1,000 nested divs, extension or not.
  '5,000-deep nesting': () => {
    let node = document.body;
    node.replaceChildren();
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement('span');
      child.append(document.createTextNode(i % 250 === 0 ? ' shiatsu and acupressure ' : ' level '));
      node.append(child);
      node = child;
    }
  },
};

export async function runPathological({ withEngine }, url) {
  console.log('\nPathological pages (engine, default density "first")');
  for (const [label, build] of Object.entries(PATHOLOGICAL)) {
    const scan = await withEngine(url, async (page) => {
      await page.evaluate(build);
      return page.evaluate(() => window.reliefLensBench.scan({ density: 'first' }));
    });
    console.log(
      `  ${label.padEnd(20)} busy ${fmt(scan.detail.busyMs)} ms, wall ${fmt(scan.wallMs)} ms, longest slice ${fmt(scan.detail.longestSliceMs)} ms, ` +
        `long tasks ${scan.longTasks.length ? scan.longTasks.map(fmt).join('/') + ' ms' : 'none'}, ${scan.detail.matches} matches`,
    );
  }
}

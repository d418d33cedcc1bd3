import { describe, expect, it } from 'vitest';
import { whenShown } from '@/lib/dom/frame-view';
import type { PageWindow } from '@/lib/dom/page-window';
import { mount } from './support';

async function frame(style: string): Promise<PageWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = style;
  const loaded = new Promise((done) => iframe.addEventListener('load', done, { once: true }));
  iframe.srcdoc = '<p>A frame.</p>';
  mount('').append(iframe);
  await loaded;
  return iframe.contentWindow as PageWindow;
}

/** Whether `promise` has settled by the time the tasks queued so far (a frame's resize among them) have run. */
const settledYet = async (promise: Promise<boolean>) =>
  Promise.race([promise, new Promise((next) => requestAnimationFrame(() => setTimeout(() => next('pending'))))]);

describe('whenShown', () => {
  it('answers at once for a frame with a viewport', async () => {
    const win = await frame('width: 200px; height: 100px');
    expect(await settledYet(whenShown(win, new AbortController().signal))).toBe(true);
  });

  it('waits while the frame is hidden or 0×0, and answers once it is shown', async () => {
    for (const hidden of ['display: none', 'width: 0; height: 0; border: 0']) {
      const win = await frame(hidden);
      const shown = whenShown(win, new AbortController().signal);
      expect(await settledYet(shown)).toBe('pending');
      win.frameElement!.setAttribute('style', 'width: 200px; height: 100px');
      expect(await shown).toBe(true);
    }
  });

  it('answers false when the script ends while the frame is hidden', async () => {
    const win = await frame('display: none');
    const ended = new AbortController();
    const shown = whenShown(win, ended.signal);
    ended.abort();
    expect(await shown).toBe(false);
  });
});

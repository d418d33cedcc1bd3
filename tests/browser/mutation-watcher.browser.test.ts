import { afterEach, describe, expect, it } from 'vitest';
import { watchMutations, type MutationBatch } from '@/lib/dom/mutation-watcher';
import { mount, pageWindow } from './support';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

/** Watches the document; resolves each batch in turn and counts the watcher's own tasks. */
function watch() {
  const batches: MutationBatch[] = [];
  const tasks: number[] = [];
  const watcher = watchMutations(pageWindow, (batch) => batches.push(batch), { onTask: (ms) => tasks.push(ms) });
  watcher.observe(document);
  stop = () => watcher.disconnect();
  return { batches, tasks };
}

describe('watchMutations', () => {
  it('hands over what a page changed in one batch, and reports the time of each of its callbacks', async () => {
    const root = mount('<p>Old text</p>');
    const { batches, tasks } = watch();
    const added = document.createElement('p');
    root.replaceChildren(added);
    await expect.poll(() => batches.length).toBe(1);
    expect(batches[0]!.roots).toEqual([added]);
    expect(batches[0]!.removed).toHaveLength(1);
    expect(batches[0]!.sweep).toBe(false);
    // The observer's callback and the flush that handed the batch over.
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    expect(tasks.every((ms) => ms >= 0)).toBe(true);
  });

  it('names the parent and asks for a sweep when a page replaces a thousand paragraphs (past both caps)', async () => {
    const root = mount(`<div>${'<p>Old</p>'.repeat(1000)}</div>`);
    const feed = root.firstElementChild!;
    const { batches } = watch();
    feed.replaceChildren(...Array.from({ length: 1000 }, () => document.createElement('p')));
    await expect.poll(() => batches.length).toBe(1);
    expect(batches[0]).toEqual({ roots: [feed], removed: [], sweep: true });
  });

  it('hands over nothing once disconnected', async () => {
    const root = mount('<p>Text</p>');
    const { batches } = watch();
    root.append(document.createElement('p'));
    stop!();
    // A later batch would have been flushed by this idle moment.
    await new Promise((idle) => requestIdleCallback(() => idle(null), { timeout: 1000 }));
    expect(batches).toEqual([]);
  });
});

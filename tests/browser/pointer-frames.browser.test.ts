import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { onPointerFrames } from '@/lib/input/pointer-frames';
import { mount } from './support';

afterEach(async () => {
  await userEvent.unhover(document.body);
});

/**
 * Real mouse moves from the test driver, with frames the test runs itself: the moves of one frame
 * come in before it runs, whatever the machine's speed.
 */
function setUp(read: (event: PointerEvent) => string | null = (event) => (event.target as Element).id) {
  const root = mount(
    '<p id="one" style="height:40px;margin:0">one</p><p id="two" style="height:40px;margin:0">two</p>',
  );
  const frames: (() => void)[] = [];
  const handled: string[] = [];
  const stop = new AbortController();
  const moves = onPointerFrames(
    window,
    read,
    (latest) => handled.push(latest),
    (run) => frames.push(run),
    stop.signal,
  );
  const runFrames = () => frames.splice(0).forEach((run) => run());
  return { root, frames, handled, stop, moves, runFrames };
}

describe('onPointerFrames', () => {
  it('hands on only the latest move of a frame, once, at that frame', async () => {
    const { root, frames, handled, runFrames } = setUp();
    await userEvent.hover(root.querySelector('#one')!);
    await userEvent.hover(root.querySelector('#two')!);
    expect(frames).toHaveLength(1);
    expect(handled).toEqual([]);
    runFrames();
    expect(handled).toEqual(['two']);
    await userEvent.hover(root.querySelector('#one')!);
    runFrames();
    expect(handled).toEqual(['two', 'one']);
  });

  it('hands on a waiting move at once when flushed, and not again at the frame', async () => {
    const { root, handled, moves, runFrames } = setUp();
    await userEvent.hover(root.querySelector('#two')!);
    moves.flush();
    expect(handled).toEqual(['two']);
    runFrames();
    moves.flush();
    expect(handled).toEqual(['two']);
  });

  it('lets moves that read as null pass, and hands on nothing once stopped', async () => {
    const { root, frames, handled, stop, moves, runFrames } = setUp((event) =>
      (event.target as Element).id === 'one' ? null : 'kept',
    );
    await userEvent.hover(root.querySelector('#one')!);
    expect(frames).toHaveLength(0);
    await userEvent.hover(root.querySelector('#two')!);
    stop.abort();
    runFrames();
    moves.flush();
    await userEvent.hover(root.querySelector('#one')!);
    await userEvent.hover(root.querySelector('#two')!);
    runFrames();
    expect(handled).toEqual([]);
  });
});

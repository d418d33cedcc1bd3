import { describe, expect, it, vi } from 'vitest';
import { fromHighlight, type Anchor } from '@/lib/card/anchor';
import { describeTerm } from '@/lib/card-text/card-content';
import { termById } from '@/lib/guide';
import type { Message } from '@/lib/messages';
import { effectsFor, highlight, type EffectsSetup } from './card-support';
import { mount, textOf } from './support';

const shiatsu = describeTerm(termById('shiatsu')!, null);
const swedish = describeTerm(termById('swedish-massage')!, null);
const contentFor = (message: Message) =>
  message.type === 'describe-term' ? { shiatsu, 'swedish-massage': swedish }[message.termId] : undefined;

interface Setup extends EffectsSetup {
  opened: () => number;
  pinned: { value: boolean };
  anchors: { shiatsu: Anchor; swedish: Anchor };
}

/** A page with two terms and the card's effects over it; `send` answers the card requests. */
function setUp(send: (message: Message) => Promise<unknown> = async (message) => contentFor(message)): Setup {
  const root = mount('<p id="p">Try shiatsu or swedish massage</p>');
  const text = textOf(root, '#p');
  let opened = 0;
  const pinned = { value: false };
  const { effects, view, ui, clock } = effectsFor(send, {
    pinned: () => pinned.value,
    onOpened: () => void opened++,
  });
  const anchors = {
    shiatsu: fromHighlight(highlight('shiatsu', text, 4, 11), null),
    swedish: fromHighlight(highlight('swedish-massage', text, 15, 30), null),
  };
  return { effects, view, ui, clock, opened: () => opened, pinned, anchors };
}

const isOpen = (ui: Setup['ui']) => ui.host.isConnected && ui.host.matches(':popover-open');
const lastDrawing = (view: Setup['view']) => view.drawings.at(-1);

describe('the card effects', () => {
  it('draws the card once its content arrives, in the open host, and says so once', async () => {
    const { effects, view, ui, opened, anchors } = setUp();
    effects.show(anchors.shiatsu, false);
    expect(effects.shown()).toBe(anchors.shiatsu);
    await vi.waitFor(() => expect(isOpen(ui)).toBe(true));
    expect(lastDrawing(view)?.content).toEqual(shiatsu);
    expect(ui.container.querySelector('.card')?.getAttribute('data-term')).toBe('shiatsu');
    expect(opened()).toBe(1);
  });

  it('keeps the later card when an earlier answer comes in last', async () => {
    const answers = new Map<string, (content: unknown) => void>();
    const { effects, view, ui, anchors } = setUp(
      (message) =>
        new Promise((resolve) => answers.set(message.type === 'describe-term' ? message.termId : '', resolve)),
    );
    effects.show(anchors.shiatsu, false);
    effects.show(anchors.swedish, false);
    answers.get('swedish-massage')!(swedish);
    await vi.waitFor(() => expect(isOpen(ui)).toBe(true));
    answers.get('shiatsu')!(shiatsu);
    // The fetch race settles in promise callbacks: one more task lets a stale answer through if it could.
    await new Promise((resolve) => setTimeout(resolve));
    expect(view.drawings.filter(Boolean).map((props) => props!.content)).toEqual([swedish]);
    expect(effects.shown()).toBe(anchors.swedish);
  });

  it('closes instead of drawing when the answer is not a card', async () => {
    const { effects, view, ui, anchors } = setUp(async () => ({ kind: 'nonsense' }));
    effects.show(anchors.shiatsu, false);
    await vi.waitFor(() => expect(effects.shown()).toBeNull());
    expect(view.drawings).toEqual([null]);
    expect(isOpen(ui)).toBe(false);
  });

  it('gives focus back to where it was when a card opened from the keyboard closes', async () => {
    const { effects, ui, anchors } = setUp();
    const before = mount('<button id="reading">Where I was</button>').querySelector('button')!;
    before.focus();
    effects.rememberFocus();
    effects.show(anchors.shiatsu, true);
    await vi.waitFor(() => expect(ui.root.activeElement?.textContent).toBe('Close'));
    effects.show(null, false);
    expect(document.activeElement).toBe(before);
    expect(isOpen(ui)).toBe(false);
  });

  it('runs one timer at a time, less the time already waited', async () => {
    const { effects, clock } = setUp();
    const fired: string[] = [];
    effects.schedule(0, 0, () => fired.push('replaced'));
    effects.schedule(50, 20, () => fired.push('latest'));
    effects.schedule(null, 0, () => fired.push('none'));
    effects.schedule(10, 40, () => fired.push('overdue'));
    await vi.waitFor(() => expect(fired).toEqual(['overdue']));
    expect(clock.delays).toEqual([0, 30, 0]);
  });

  it('draws again with the pin, and shows a notice only on the card it is for', async () => {
    const { effects, view, ui, pinned, anchors } = setUp();
    effects.show(anchors.shiatsu, false);
    await vi.waitFor(() => expect(isOpen(ui)).toBe(true));
    pinned.value = true;
    effects.redraw();
    expect(lastDrawing(view)?.pinned).toBe(true);
    effects.notify(anchors.swedish, swedish, 'not for this card');
    expect(lastDrawing(view)?.notice).toBeUndefined();
    effects.notify(anchors.shiatsu, shiatsu, 'The list of sites is full.');
    expect(ui.container.textContent).toBe('The list of sites is full.');
    effects.redraw();
    expect(lastDrawing(view)?.notice).toBe('The list of sites is full.');
  });

  it('removes the card and its host for good', async () => {
    const { effects, view, ui, anchors } = setUp();
    effects.show(anchors.shiatsu, false);
    await vi.waitFor(() => expect(isOpen(ui)).toBe(true));
    effects.dispose();
    expect(lastDrawing(view)).toBeNull();
    expect(ui.host.isConnected).toBe(false);
  });
});

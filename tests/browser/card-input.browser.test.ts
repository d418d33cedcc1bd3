import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Anchor } from '@/lib/card/anchor';
import { listenForCardInput } from '@/lib/card/card-input';
import { CLOSED, type CardEvent, type CardState } from '@/lib/card/hover-intent';
import { cardHost, highlight, middleOf, sessionOf } from './card-support';
import { mount, textOf } from './support';

const stops: AbortController[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop.abort();
  // The driver's pointer stays where the test left it: park it where no later test looks.
  await userEvent.unhover(document.body);
});

/** Where each card event went, in a compact form: the type and, for a term, its id. */
const describeEvent = (event: CardEvent<Anchor>) =>
  'target' in event
    ? `${event.type}:${event.target?.termId ?? (event.type === 'point' && event.onCard ? 'card' : '-')}`
    : event.type;

/**
 * A page with one highlighted term and a shown card host, the adapter listening over it. `state` is
 * what the adapter is told the card is doing; `opensOnHover` the setting.
 */
function setUp(options: { opensOnHover?: boolean; state?: CardState<Anchor> } = {}) {
  const root = mount('<p id="p" style="margin:40px 0 0 20px">Try <span id="term">shiatsu</span> today, or rest.</p>');
  const text = textOf(root, '#term');
  const term = highlight('shiatsu', text, 0, 7);
  const ui = cardHost('.card{position:fixed;left:20px;top:120px;width:200px;height:60px;background:#fff}');
  const card = document.createElement('div');
  card.className = 'card';
  ui.container.append(card);
  ui.show();
  const events: string[] = [];
  const waits: number[] = [];
  const stop = new AbortController();
  stops.push(stop);
  const settings = { opensOnHover: options.opensOnHover ?? true, state: options.state ?? CLOSED };
  const input = listenForCardInput(
    {
      session: sessionOf([term]),
      host: ui.host,
      opensOnHover: () => settings.opensOnHover,
      state: () => settings.state,
      requestFrame: (callback) => requestAnimationFrame(callback),
      signal: stop.signal,
    },
    (event, waited = 0) => {
      events.push(describeEvent(event));
      waits.push(waited);
    },
  );
  const plain = root.querySelector('p')!;
  return { input, events, waits, stop, settings, term, ui, plain, termElement: root.querySelector('#term')! };
}

/** The middle of the card, which sits in a closed shadow root the driver cannot select into. */
const ON_CARD = { position: { x: 120, y: 150 } };

const openOn = (target: Anchor): Extract<CardState<Anchor>, { kind: 'open' }> => ({
  kind: 'open',
  target,
  sticky: false,
  hover: 'term',
  candidate: null,
});

describe('the card input adapter', () => {
  it('turns the pointer resting on a term, on the card and on plain text into point events', async () => {
    const { events, plain, termElement } = setUp();
    await userEvent.hover(termElement);
    await vi.waitFor(() => expect(events).toEqual(['point:shiatsu']));
    await userEvent.hover(document.documentElement, ON_CARD);
    await vi.waitFor(() => expect(events.at(-1)).toBe('point:card'));
    await userEvent.hover(plain, { position: { x: 2, y: 2 } });
    await vi.waitFor(() => expect(events.at(-1)).toBe('point:-'));
  });

  it('opens on a click in click mode, and leaves pointer moves alone there', async () => {
    const { events, plain, termElement } = setUp({ opensOnHover: false });
    await userEvent.hover(termElement);
    await userEvent.click(plain, { position: { x: 2, y: 2 } });
    await userEvent.click(termElement);
    await vi.waitFor(() => expect(events).toEqual(['activate:shiatsu']));
  });

  it('leaves a mouse click to the pointer in hover mode', async () => {
    const { events, termElement, settings } = setUp();
    await userEvent.click(termElement);
    settings.opensOnHover = false;
    await userEvent.click(termElement);
    await vi.waitFor(() =>
      expect(events.filter((event) => event.startsWith('activate'))).toEqual(['activate:shiatsu']),
    );
  });

  it('dismisses an open card on a press away from it and its term, unless it is pinned', async () => {
    const { events, settings, term, plain, termElement } = setUp({ opensOnHover: false });
    const anchor = { range: term.range, termId: 'shiatsu', highlighted: true, text: '', point: null };
    settings.state = openOn(anchor);
    await userEvent.click(termElement);
    await userEvent.click(document.documentElement, ON_CARD);
    expect(events).not.toContain('dismiss');
    await userEvent.click(plain, { position: { x: 2, y: 2 } });
    await vi.waitFor(() => expect(events.filter((event) => event === 'dismiss')).toHaveLength(1));
    settings.state = { ...openOn(anchor), sticky: true, pinned: true };
    await userEvent.click(plain, { position: { x: 2, y: 2 } });
    settings.state = CLOSED;
    await userEvent.click(plain, { position: { x: 2, y: 2 } });
    expect(events.filter((event) => event === 'dismiss')).toHaveLength(1);
  });

  it('sends Escape only while a card is pending or open', async () => {
    const { events, settings, term } = setUp();
    await userEvent.keyboard('{Escape}');
    expect(events).toEqual([]);
    settings.state = {
      kind: 'pending',
      candidate: { range: term.range, termId: 'shiatsu', highlighted: true, text: '', point: null },
    };
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(events).toEqual(['escape']));
  });

  it('replays what the first stage saw: a rest counted from its start, and a tap', () => {
    const { input, events, waits, term, settings } = setUp();
    const at = middleOf(term.range);
    input.replay({ type: 'point', ...at, since: performance.now() - 200 });
    expect(events).toEqual(['point:shiatsu']);
    expect(waits[0]).toBeGreaterThanOrEqual(200);
    input.replay({ type: 'click', ...at, pointerType: 'touch' });
    expect(events).toEqual(['point:shiatsu', 'activate:shiatsu']);
    settings.opensOnHover = false;
    input.replay({ type: 'point', ...at, since: performance.now() });
    expect(events).toHaveLength(2);
  });

  it('hears nothing once stopped', async () => {
    const { events, stop, termElement } = setUp();
    stop.abort();
    await userEvent.hover(termElement);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(termElement);
    // Each driver action resolves after the browser has dispatched its events.
    expect(events).toEqual([]);
  });
});

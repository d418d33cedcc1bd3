import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { listenForCardInput } from '@/lib/card/card-input';
import { createCardMachine } from '@/lib/card/card-machine';
import { describeTerm } from '@/lib/card-text/card-content';
import { termById } from '@/lib/guide';
import type { Message } from '@/lib/messages';
import { effectsFor, highlight, sessionOf, type EffectsSetup } from './card-support';
import { mount, textOf } from './support';

const stops: AbortController[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop.abort();
  await userEvent.unhover(document.body);
});

/**
 * The card's parts together in a page, as the controller joins them: real pointer input into the
 * hover-intent machine, whose card the effects draw.
 */
function setUp(timing = { dwellMs: 150, graceMs: 150 }) {
  const root = mount('<p id="p" style="margin:40px 0 0 20px">Try <span id="term">shiatsu</span> today, or rest.</p>');
  const term = highlight('shiatsu', textOf(root, '#term'), 0, 7);
  const asked: Message[] = [];
  const send = async (message: Message) => {
    asked.push(message);
    return message.type === 'describe-term' ? describeTerm(termById(message.termId)!, null) : undefined;
  };
  const { effects, ui } = effectsFor(send);
  const machine = createCardMachine(effects, () => timing);
  const stop = new AbortController();
  stops.push(stop);
  listenForCardInput(
    {
      session: sessionOf([term]),
      host: ui.host,
      opensOnHover: () => true,
      state: () => machine.state(),
      requestFrame: (callback) => requestAnimationFrame(callback),
      signal: stop.signal,
    },
    (event, waited) => machine.dispatch(event, false, waited),
  );
  return { machine, ui, asked, termElement: root.querySelector('#term')!, plain: root.querySelector('p')! };
}

const isOpen = (ui: EffectsSetup['ui']) => ui.host.isConnected && ui.host.matches(':popover-open');

describe('the hover-intent machine in a page', () => {
  it('asks for the card while the pointer rests, opens it when the dwell ends, and closes it after the grace', async () => {
    const { machine, ui, asked, termElement, plain } = setUp();
    await userEvent.hover(termElement);
    await vi.waitFor(() => expect(isOpen(ui)).toBe(true));
    // One request, made while the dwell ran: the card drawn at its end is that answer.
    expect(asked).toEqual([{ type: 'describe-term', termId: 'shiatsu' }]);
    expect(machine.state()).toMatchObject({ kind: 'open', sticky: false, hover: 'term' });
    await userEvent.hover(plain, { position: { x: 2, y: 2 } });
    await vi.waitFor(() => expect(isOpen(ui)).toBe(false));
    expect(machine.state().kind).toBe('closed');
  });

  it('opens nothing for a pointer that leaves before the dwell ends', async () => {
    const { machine, ui, asked, termElement, plain } = setUp({ dwellMs: 60_000, graceMs: 150 });
    await userEvent.hover(termElement);
    await vi.waitFor(() => expect(machine.state().kind).toBe('pending'));
    expect(asked).toEqual([{ type: 'describe-term', termId: 'shiatsu' }]);
    await userEvent.hover(plain, { position: { x: 2, y: 2 } });
    await vi.waitFor(() => expect(machine.state().kind).toBe('closed'));
    expect(isOpen(ui)).toBe(false);
  });

  it('closes an open card on Escape', async () => {
    const { machine, ui, termElement } = setUp({ dwellMs: 0, graceMs: 150 });
    await userEvent.hover(termElement);
    await vi.waitFor(() => expect(isOpen(ui)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(isOpen(ui)).toBe(false));
    expect(machine.state().kind).toBe('closed');
  });
});

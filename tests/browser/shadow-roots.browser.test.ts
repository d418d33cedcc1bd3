import { describe, expect, it } from 'vitest';
import { CARD_HOST } from '@/lib/card/card-element';
import { findPageShadowRoots, findShadowRoots, waitForIdle } from '@/lib/dom/shadow-roots';
import { alwaysDue, mount, neverDue, pageWindow } from './support';

describe('findShadowRoots', () => {
  it('finds open shadow roots at any depth, a root’s own and nested ones, but not our card’s', async () => {
    const root = mount(`<div id="a"></div><section><span id="b"></span></section><${CARD_HOST}></${CARD_HOST}>`);
    const a = root.querySelector('#a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<p>outer</p><div></div>';
    const nested = a.querySelector('div')!.attachShadow({ mode: 'open' });
    const b = root.querySelector('#b')!.attachShadow({ mode: 'open' });
    root.querySelector(CARD_HOST)!.attachShadow({ mode: 'open' });
    root.querySelector('section')!.attachShadow({ mode: 'closed' });

    const found = await findShadowRoots([root], new WeakSet(), neverDue);
    expect(new Set(found)).toEqual(new Set([a, nested, b]));
    // A root that is itself a host counts too.
    const host = root.querySelector('#b')!;
    expect(await findShadowRoots([host], new WeakSet(), neverDue)).toEqual([b]);
  });

  it('reports only roots it has not seen, and adds them to what it knows', async () => {
    const root = mount('<div id="first"></div><div id="second"></div>');
    const first = root.querySelector('#first')!.attachShadow({ mode: 'open' });
    const known = new WeakSet<ShadowRoot>([first]);
    const second = root.querySelector('#second')!.attachShadow({ mode: 'open' });
    expect(await findShadowRoots([root], known, neverDue)).toEqual([second]);
    expect(known.has(second)).toBe(true);
    expect(await findShadowRoots([root], known, neverDue)).toEqual([]);
  });

  it('takes text nodes as roots (none below them) and sees every host when it yields on a long page', async () => {
    const root = mount(Array.from({ length: 3000 }, () => '<span></span>').join(''));
    const hosts = [...root.querySelectorAll('span')].filter((_, i) => i % 500 === 0);
    const shadows = hosts.map((host) => host.attachShadow({ mode: 'open' }));
    let yields = 0;
    const found = await findShadowRoots(
      [document.createTextNode('x'), root],
      new WeakSet(),
      alwaysDue(() => yields++),
    );
    expect(yields).toBeGreaterThan(0);
    expect(found).toEqual(shadows);
  });
});

describe('findPageShadowRoots', () => {
  it('finds the roots of custom elements and of empty built-in hosts, nested ones too, but not our card’s', async () => {
    const root = mount(
      `<x-widget><p>light text</p></x-widget><div id="empty"></div><span id="blank"></span><${CARD_HOST}></${CARD_HOST}>`,
    );
    const widget = root.querySelector('x-widget')!.attachShadow({ mode: 'open' });
    widget.innerHTML = '<p>inside</p><section></section>';
    // Inside a shadow tree every element is asked, so a host with children of its own counts there.
    const nested = widget.querySelector('section')!.attachShadow({ mode: 'open' });
    widget.querySelector('section')!.append('light child');
    const empty = root.querySelector('#empty')!.attachShadow({ mode: 'open' });
    const blank = root.querySelector('#blank')!.attachShadow({ mode: 'closed' });
    root.querySelector(CARD_HOST)!.attachShadow({ mode: 'open' });

    const found = await findPageShadowRoots(document, new WeakSet(), neverDue);
    expect(new Set(found)).toEqual(new Set([widget, nested, empty]));
    expect(found).not.toContain(blank);
  });

  it('leaves out a built-in host with children of its own, which a batch that adds it finds', async () => {
    const root = mount('<div id="host"><p>slotted</p></div>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    expect(await findPageShadowRoots(document, new WeakSet(), neverDue)).toEqual([]);
    expect(await findShadowRoots([host], new WeakSet(), neverDue)).toEqual([shadow]);
  });

  it('reports only roots it has not seen, and yields between its queries when due', async () => {
    const root = mount('<x-a></x-a><div></div>');
    const a = root.querySelector('x-a')!.attachShadow({ mode: 'open' });
    const div = root.querySelector('div')!.attachShadow({ mode: 'open' });
    const known = new WeakSet<ShadowRoot>([a]);
    let yields = 0;
    expect(
      await findPageShadowRoots(
        document,
        known,
        alwaysDue(() => yields++),
      ),
    ).toEqual([div]);
    expect(yields).toBeGreaterThan(0);
    expect(await findPageShadowRoots(document, known, neverDue)).toEqual([]);
  });
});

describe('waitForIdle', () => {
  it('resolves once the page is idle', async () => {
    let idle = false;
    pageWindow.requestIdleCallback(() => (idle = true));
    await waitForIdle(pageWindow, 10_000);
    // Idle callbacks run in the order they were asked for: ours ran first.
    expect(idle).toBe(true);
  });
});

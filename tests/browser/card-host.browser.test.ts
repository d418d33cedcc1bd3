import { afterEach, describe, expect, it } from 'vitest';
import { createCardHost, MAX_RAISES, type CardHost } from '@/lib/card/card-host';
import { mount } from './support';

/**
 * The card's host against a page that covers it: the page's own popovers and dialogs open in the top
 * layer, above an open card, unless the host raises it again. The browser fires `toggle` itself when a
 * page script opens a popover or dialog, so these events are trusted, as on a real page.
 */
const CARD_CSS = '.card{position:fixed;left:20px;top:20px;width:200px;height:100px;background:#fff}';
/** The page's look-alike, drawn exactly where the card is. */
const LOOK_ALIKE = 'position:fixed;inset:auto;left:20px;top:20px;width:200px;height:100px;margin:0;border:0;padding:0';

let host: CardHost | undefined;
afterEach(() => {
  host?.remove();
  host = undefined;
});

function showCard(): CardHost {
  host = createCardHost(document, CARD_CSS);
  const card = document.createElement('div');
  card.className = 'card';
  const button = document.createElement('button');
  button.textContent = 'Close';
  card.append(button);
  host.container.append(card);
  host.show();
  return host;
}

/** What a person sees at the card's centre: our host (the shadow root retargets to it) or the page's. */
const onTop = () => document.elementFromPoint(120, 70);

/** Resolves after the next `toggle` the browser fires anywhere, once every listener has had it. */
const nextToggle = () =>
  new Promise<void>((resolve) =>
    window.addEventListener('toggle', () => setTimeout(resolve), { capture: true, once: true }),
  );

function lookAlike(): HTMLElement {
  const popover = mount(`<div popover="manual" style="${LOOK_ALIKE}">Suits you, by the guide</div>`).firstElementChild;
  return popover as HTMLElement;
}

describe('the card host', () => {
  it('raises an open card over a popover the page opens on top of it, keeping focus inside', async () => {
    const card = showCard();
    expect(onTop()).toBe(card.host);
    card.root.querySelector('button')!.focus();
    const popover = lookAlike();
    const toggled = nextToggle();
    popover.showPopover();
    expect(onTop()).toBe(popover);
    await toggled;
    expect(onTop()).toBe(card.host);
    expect(card.root.activeElement).toBe(card.root.querySelector('button'));
  });

  it('moves an open card into a modal dialog the page opens, above it', async () => {
    const card = showCard();
    const dialog = mount(`<dialog style="${LOOK_ALIKE}">A dialog</dialog>`).firstElementChild as HTMLDialogElement;
    const toggled = nextToggle();
    dialog.showModal();
    await toggled;
    expect(card.host.parentElement).toBe(dialog);
    expect(onTop()).toBe(card.host);
    dialog.close();
  });

  it('hides the card rather than trade places for ever with a page that answers each raise', async () => {
    const card = showCard();
    const popover = lookAlike();
    // The page reopens its look-alike whenever our card is raised over it.
    card.host.addEventListener('toggle', () => {
      if (!popover.isConnected) return;
      if (popover.matches(':popover-open')) popover.hidePopover();
      popover.showPopover();
    });
    popover.showPopover();
    for (let i = 0; i <= MAX_RAISES; i++) await nextToggle();
    await new Promise((resolve) => setTimeout(resolve));
    expect(card.host.matches(':popover-open')).toBe(false);
  });

  it('is not raised, nor counted towards closing, when a details element opens', async () => {
    const card = showCard();
    const details = mount('<details><summary>More</summary>Text</details>').firstElementChild as HTMLDetailsElement;
    // Opened and closed again, more times than a card is raised.
    for (let i = 0; i < 2 * (MAX_RAISES + 1); i++) {
      const toggled = nextToggle();
      details.open = !details.open;
      await toggled;
    }
    expect(card.host.matches(':popover-open')).toBe(true);
  });

  it('stops watching once hidden, and ignores toggles a page script makes up', async () => {
    const card = showCard();
    card.host.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('beforeprint'));
    expect(card.host.matches(':popover-open')).toBe(true);
    card.hide();
    const popover = lookAlike();
    const toggled = nextToggle();
    popover.showPopover();
    await toggled;
    expect(card.host.matches(':popover-open')).toBe(false);
    expect(onTop()).toBe(popover);
  });

  it('is never printed: its style hides it for print media', () => {
    const card = showCard();
    const sheet = card.root.querySelector('style')!.sheet!;
    const print = [...sheet.cssRules].find((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    expect((print as CSSMediaRule | undefined)?.cssRules[0]?.cssText).toMatch(/display: none !important/);
  });
});

import { useEffect, useState } from 'preact/hooks';

/**
 * Whether `box` holds more than it shows below its fold, kept up to date as it scrolls or changes size
 * (the card's height is set after it renders, by its placement). Drives a visible "more below" cue:
 * on a small screen a card scrolls, and nothing else would tell the person so.
 */
export function useScrollCue(box: { current: HTMLElement | null }): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setMore(element.scrollHeight - element.clientHeight - element.scrollTop > 4);
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    for (const child of element.children) resized.observe(child);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      resized.disconnect();
      element.removeEventListener('scroll', measure);
    };
  });
  return more;
}

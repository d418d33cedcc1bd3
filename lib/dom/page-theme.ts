export type Theme = 'light' | 'dark';

/** Below this relative luminance a background reads as dark: about mid-grey (L* 50) to the eye. */
const DARK_LUMINANCE = 0.18;
/** A background at least this opaque decides; a fainter one lets what is behind it show. */
const OPAQUE = 0.5;

/** An rgb()/rgba() or color(srgb …) value as computed styles write it, else null (another colour space). */
export function parseColor(value: string): { rgb: [number, number, number]; alpha: number } | null {
  const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb)
    return { rgb: [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255], alpha: Number(rgb[4] ?? 1) };
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return { rgb: [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])], alpha: Number(srgb[4] ?? 1) };
  return null;
}

/** WCAG's relative luminance of an sRGB colour with channels in 0–1. */
function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Whether the page is dark where the card opens: the first opaque background behind `element`, from it
 * up to the root. A page dark by its own CSS gets a dark card whatever the system's scheme, a page
 * that paints itself light a light one. Where nothing is painted (the browser's canvas shows) or the
 * colour is in a space we do not read, the answer is null and the system's scheme decides. A handful
 * of computed styles, read once when a card opens.
 */
export function readPageTheme(win: Window, element: Element | null): Theme | null {
  for (let at = element; at; at = at.parentElement) {
    const color = parseColor(win.getComputedStyle(at).backgroundColor);
    if (!color) return null;
    if (color.alpha >= OPAQUE) return relativeLuminance(color.rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return null;
}

/** The card's theme: the page's own where it paints one, else the system's. */
export function chooseCardTheme(win: Window, element: Element | null): Theme {
  return readPageTheme(win, element) ?? (win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

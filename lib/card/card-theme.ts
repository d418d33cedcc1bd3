/**
 * The shared theme's stylesheet (components/theme.css) scoped to the card: its variables live on the
 * card itself, where no page rule can override or inherit into them, and its dark colours apply when
 * the card says so (`data-theme`, chosen from the page's own background and the system's scheme when
 * the card opens) rather than by the system's scheme alone.
 */
export function scopeThemeToCard(themeCss: string): string {
  // The built stylesheet is minified: its spaces may be gone.
  const dark = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/;
  if (!dark.test(themeCss)) throw new Error('theme.css no longer has its dark block');
  return themeCss
    .replace(':root', '.rl-card')
    .replace(dark, '@media all')
    .replace(':root', ".rl-card[data-theme='dark']");
}

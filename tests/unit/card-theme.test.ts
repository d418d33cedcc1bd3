import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scopeThemeToCard } from '@/lib/card/card-theme';

const THEME = readFileSync(new URL('../../components/theme.css', import.meta.url), 'utf8');
/** What the build does to it, as far as the scoping cares: spaces around the media query's colon go. */
const MINIFIED = THEME.replace(/\s*:\s*/g, ':').replace(/\s*\{\s*/g, '{');

describe('scopeThemeToCard', () => {
  it.each([
    ['as written', THEME],
    ['minified', MINIFIED],
  ])('puts the light colours on the card and the dark ones on a dark card, %s', (_, css) => {
    const scoped = scopeThemeToCard(css);
    expect(scoped).not.toMatch(/:root|prefers-color-scheme/);
    const light = scoped.search(/\.rl-card\s*\{/);
    const dark = scoped.indexOf(".rl-card[data-theme='dark']");
    expect(light).toBeGreaterThanOrEqual(0);
    expect(dark).toBeGreaterThan(light);
    // The dark block sets the same background variable the light one does.
    expect(scoped.slice(dark)).toMatch(/--rl-bg:\s*#15191e/);
  });

  it('says so when the theme no longer has the block it scopes', () => {
    expect(() => scopeThemeToCard(':root { --rl-bg: #fff; }')).toThrow(/dark block/);
  });
});

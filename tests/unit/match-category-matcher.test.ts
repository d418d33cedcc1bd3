import { describe, expect, it, vi } from 'vitest';
import { TERMS } from '@/lib/guide';
import { createCategoryMatcher } from '@/lib/match/category-matcher';
import { compileTermFormIndex } from '@/lib/match/guide-forms';

const TEXT = 'Swedish massage eased her sciatica.';
const termsIn = (text: string, matcher: { findAll(text: string): Array<{ termId: string }> }) =>
  matcher.findAll(text).map((match) => match.termId);

describe('createCategoryMatcher', () => {
  it('reads the form index only when a matcher is first asked for, and only once', () => {
    const read = vi.fn(() => compileTermFormIndex(TERMS));
    const matchers = createCategoryMatcher(read);
    expect(read).not.toHaveBeenCalled();
    expect(matchers.categoryOf('sciatica')).toBeUndefined();
    matchers.matcherFor(['technique']);
    matchers.matcherFor(['condition']);
    expect(read).toHaveBeenCalledTimes(1);
    expect(matchers.categoryOf('sciatica')).toBe('condition');
  });

  it('narrows matches to the categories asked for', () => {
    const matchers = createCategoryMatcher(() => compileTermFormIndex(TERMS));
    expect(termsIn(TEXT, matchers.matcherFor(['technique']))).toEqual(['swedish-massage']);
    expect(termsIn(TEXT, matchers.matcherFor(['condition']))).toEqual(['sciatica']);
    expect(termsIn(TEXT, matchers.matcherFor(['technique', 'condition']))).toEqual(['swedish-massage', 'sciatica']);
    expect(termsIn(TEXT, matchers.matcherFor([]))).toEqual([]);
  });

  it('keeps its matcher while the categories stay the same, in any order', () => {
    const matchers = createCategoryMatcher(() => compileTermFormIndex(TERMS));
    const first = matchers.matcherFor(['technique', 'condition']);
    expect(matchers.matcherFor(['condition', 'technique'])).toBe(first);
    expect(matchers.matcherFor(['condition'])).not.toBe(first);
  });
});

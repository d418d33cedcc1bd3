import { describe, expect, it } from 'vitest';
import { termAnchor, termIdFromHash } from '@/lib/guide-page/term-id-from-hash';

describe('termIdFromHash', () => {
  it.each([
    ['#term-deep-tissue-massage', 'deep-tissue-massage'],
    ['term-sciatica', 'sciatica'],
    ['#term-l5-s1', 'l5-s1'],
    ['#term-%64eep', 'deep'],
    ['#welcome', null],
    ['', null],
    ['#term-', null],
    ['#term-Deep', null],
    ['#term-deep--tissue', null],
    ['#term-deep tissue', null],
    ['#term-%E0%A4%A', null],
    ['#glossary', null],
  ])('%j → %j', (hash, expected) => {
    expect(termIdFromHash(hash)).toBe(expected);
  });

  it('reads back the anchor it makes', () => {
    expect(termIdFromHash(`#${termAnchor('trigger-point-therapy')}`)).toBe('trigger-point-therapy');
  });
});

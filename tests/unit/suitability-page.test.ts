import { describe, expect, it } from 'vitest';
import { mergePageTerms, parseCheckerParams, summarizePageTerms } from '@/lib/suitability';

describe('parseCheckerParams', () => {
  it.each([
    ['', { tabId: null, technique: null }],
    ['?tab=42', { tabId: 42, technique: null }],
    ['?technique=deep-tissue', { tabId: null, technique: 'deep-tissue' }],
    ['?tab=7&technique=shiatsu', { tabId: 7, technique: 'shiatsu' }],
    ['?tab=-1&technique=reiki', { tabId: null, technique: null }],
    ['?tab=abc&technique=', { tabId: null, technique: null }],
    ['?tab=1.5', { tabId: null, technique: null }],
    ['?tab=', { tabId: null, technique: null }],
  ])('reads %j', (search, expected) => {
    expect(parseCheckerParams(search)).toEqual(expected);
  });
});

describe('summarizePageTerms', () => {
  it('splits techniques from other terms, most mentioned first, and skips unknown or zero counts', () => {
    const summary = summarizePageTerms({
      'swedish-massage': 1,
      shiatsu: 3,
      'deep-tissue-massage': 0,
      'not-a-term': 9,
      osteoporosis: 2,
    });
    expect(summary.techniques.map((t) => [t.technique, t.count])).toEqual([
      ['shiatsu', 3],
      ['swedish', 1],
    ]);
    expect(summary.terms.map((t) => [t.term.id, t.count])).toEqual([['osteoporosis', 2]]);
  });

  it('lists techniques and services together in page order, the unordered rest most mentioned first', () => {
    const summary = summarizePageTerms(
      { 'swedish-massage': 1, 'sports-massage': 2, reflexology: 1, 'deep-tissue-massage': 4, osteoporosis: 5 },
      ['reflexology', 'osteoporosis', 'swedish-massage', 'sports-massage'],
    );
    expect(summary.services.map((s) => [s.term.id, s.technique])).toEqual([
      ['reflexology', null],
      ['swedish-massage', 'swedish'],
      ['sports-massage', null],
      ['deep-tissue-massage', 'deep-tissue'],
    ]);
    // Services never count among the other terms, nor among the guide's techniques.
    expect(summary.terms.map((t) => t.term.id)).toEqual(['osteoporosis']);
    expect(summary.techniques.map((t) => t.technique)).toEqual(['deep-tissue', 'swedish']);
  });

  it('is empty for a page without terms', () => {
    expect(summarizePageTerms({})).toEqual({ services: [], techniques: [], terms: [] });
  });
});

describe('mergePageTerms', () => {
  it("keeps the top frame's address and switch, adds up counts, and lists each term once, top frame first", () => {
    const top = { url: 'https://spa.example/', enabled: true, counts: { shiatsu: 1 }, order: ['shiatsu'] };
    const widget = {
      url: 'https://widget.example/',
      enabled: false,
      counts: { 'swedish-massage': 2, shiatsu: 1 },
      order: ['swedish-massage', 'shiatsu'],
    };
    const older = { url: 'https://other.example/', enabled: true, counts: { reflexology: 1 } };
    expect(mergePageTerms(top, [widget, older])).toEqual({
      url: 'https://spa.example/',
      enabled: true,
      counts: { shiatsu: 2, 'swedish-massage': 2, reflexology: 1 },
      order: ['shiatsu', 'swedish-massage'],
    });
    expect(mergePageTerms(top, [])).toEqual(top);
  });
});

import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS, TERMS, techniqueById, termById } from '@/lib/guide';

describe('knowledge base lookups', () => {
  it.each(TECHNIQUE_IDS)('finds the profile and the term of "%s"', (id) => {
    const technique = techniqueById(id);
    expect(technique.id).toBe(id);
    expect(termById(technique.termId)?.technique).toBe(id);
    expect(TERMS.filter((term) => term.technique === id)).toHaveLength(1);
  });

  it('finds every term by its id', () => {
    for (const term of TERMS) expect(termById(term.id)).toBe(term);
  });

  it('answers undefined for an unknown id', () => {
    expect(termById('swedish')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { TECHNIQUE_IDS, TERMS, techniqueById, termById, termForTechnique } from '@/lib/guide';

describe('knowledge base lookups', () => {
  it.each(TECHNIQUE_IDS)('finds the profile and the term of "%s"', (id) => {
    const technique = techniqueById(id);
    expect(technique.id).toBe(id);
    const term = termForTechnique(id);
    expect(term.technique).toBe(id);
    expect(term.id).toBe(technique.termId);
  });

  it('finds every term by its id', () => {
    for (const term of TERMS) expect(termById(term.id)).toBe(term);
  });

  it('answers undefined for an unknown id', () => {
    expect(termById('swedish')).toBeUndefined();
  });
});

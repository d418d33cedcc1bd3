import type { Term } from '@/lib/guide';

/** A minimal valid term for tests that need a few terms of their own, not the real data. */
export function makeTerm(id: string, name: string, forms: string[] = [name]): Term {
  return {
    id,
    name,
    category: 'effect',
    forms: forms.map((text) => ({ text, context: 'unambiguous' })),
    summary: 'A test term.',
    details: 'Details long enough for the schema.',
    cautions: [],
    sections: ['conclusion'],
    sources: [],
    notes: [],
    related: [],
  };
}

import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  WARNING_SIGN_IDS,
  SECTION_IDS,
  SOURCES,
  WARNING_SIGNS,
  SAFETY_NOTE,
  TECHNIQUES,
  TERMS,
  foldForm,
  type ChecklistItem,
  type WarningSign,
  type Source,
  type Technique,
  type Term,
} from '@/lib/guide';
import { KnowledgeBaseSchema } from '@/lib/guide/knowledge-base-schema';
import { RULES } from '@/lib/suitability';

type KnowledgeBaseData = {
  terms: Term[];
  techniques: Technique[];
  checklist: ChecklistItem[];
  redFlags: WarningSign[];
  safetyNote: { text: string; sources: Source[] };
};

/** A deep copy of the real knowledge base, safe to mutate. */
function copyKnowledgeBase(): KnowledgeBaseData {
  return structuredClone({
    terms: [...TERMS],
    techniques: [...TECHNIQUES],
    checklist: [...CHECKLIST],
    redFlags: [...WARNING_SIGNS],
    safetyNote: SAFETY_NOTE,
  });
}

function findTerm(kb: KnowledgeBaseData, id: string): Term {
  const term = kb.terms.find((t) => t.id === id);
  if (!term) throw new Error(`test data has no term "${id}"`);
  return term;
}

function issueMessages(data: unknown): string[] {
  const result = KnowledgeBaseSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Where the mutations below land, so each expectation names the exact path of the problem. */
const SCIATICA = TERMS.findIndex((t) => t.id === 'sciatica');
const sciatica = TERMS[SCIATICA]!;

const PUBLIC_HEALTH_HOSTS = [
  'www.nhs.uk',
  'g-care.glos.nhs.uk',
  'www.nice.org.uk',
  'medlineplus.gov',
  'www.nccih.nih.gov',
  // Emergency numbers outside the UK, from the public bodies that run them.
  'www.911.gov',
  'digital-strategy.ec.europa.eu',
];

const REQUIRED_TERM_IDS = [
  'swedish-massage',
  'deep-tissue-massage',
  'trigger-point-therapy',
  'hot-stone-massage',
  'thai-massage',
  'shiatsu',
  'effleurage',
  'petrissage',
  'friction',
  'tapotement',
  'kneading',
  'acupressure',
  'stretching',
  'compression',
  'meridians',
  'lower-back-pain',
  'upper-back-pain',
  'sciatica',
  'muscle-strain',
  'ligament-sprain',
  'herniated-disc',
  'poor-posture',
  'age-related-degeneration',
  'chronic-pain',
  'acute-pain',
  'sciatic-nerve',
  'fascia',
  'muscle-fibers',
  'muscle-tension',
  'muscle-knots',
  'trigger-points',
  'adhesions',
  'scar-tissue',
  'muscle-spasm',
  'inflammation',
  'blood-circulation',
  'lymphatic-drainage',
  'range-of-motion',
  'flexibility',
  'relaxation',
  'blood-clotting-disorder',
  'osteoporosis',
  'fibromyalgia',
  'rheumatoid-arthritis',
  'massage-therapist',
  'ncbtmb',
  'amta',
  'healthcare-provider',
  'strains-and-sprains',
  'cauda-equina-syndrome',
];

describe('the knowledge base', () => {
  it('parses with every cross-check', () => {
    expect(issueMessages(copyKnowledgeBase())).toEqual([]);
  });

  it('has at least 50 terms', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(REQUIRED_TERM_IDS)('has the term "%s"', (id) => {
    expect(TERMS.map((t) => t.id)).toContain(id);
  });

  it.each([
    ['swedish-massage', 'swedish'],
    ['deep-tissue-massage', 'deep-tissue'],
    ['trigger-point-therapy', 'trigger-point'],
    ['hot-stone-massage', 'hot-stone'],
    ['thai-massage', 'thai'],
    ['shiatsu', 'shiatsu'],
  ])('links the term "%s" to the technique "%s"', (termId, techniqueId) => {
    expect(TERMS.find((t) => t.id === termId)?.technique).toBe(techniqueId);
  });

  it('has exactly the warning signs the suitability checker asks about', () => {
    expect(WARNING_SIGNS.map((r) => r.id).sort()).toEqual([...WARNING_SIGN_IDS].sort());
  });

  it('never treats the bare word "Swedish" as a form', () => {
    const folded = TERMS.flatMap((t) => t.forms.map((f) => foldForm(f.text)));
    expect(folded).not.toContain('swedish');
    expect(folded).toContain('swedish massage');
  });

  it.each(TECHNIQUES.map((t) => [t.id, t.termId] as const))(
    'links the profile "%s" to an existing technique term ("%s")',
    (techniqueId, termId) => {
      expect(TERMS.find((t) => t.id === termId)?.technique).toBe(techniqueId);
    },
  );

  it.each(WARNING_SIGNS.map((r) => [r.id, r.sources] as const))(
    'cites only public health sites for the warning sign "%s"',
    (_id, sources) => {
      for (const source of sources) expect(PUBLIC_HEALTH_HOSTS).toContain(new URL(source.url).hostname);
    },
  );

  it('lists exactly the sources that entries, notes, checklist items, warning signs, rules and the safety note cite', () => {
    const cited = [
      ...TERMS.flatMap((t) => [...t.sources, ...t.notes.flatMap((n) => n.sources)]),
      ...CHECKLIST.flatMap((c) => c.sources),
      ...WARNING_SIGNS.flatMap((r) => r.sources),
      ...SAFETY_NOTE.sources,
      ...RULES.flatMap((r) => r.sources ?? []),
    ];
    const listed = new Map(SOURCES.map((source) => [source.url, source]));
    expect(listed.size).toBe(SOURCES.length);
    for (const source of cited) expect(listed.get(source.url)).toEqual(source);
    // And the list names nothing that no entry uses.
    expect(new Set(cited.map((source) => source.url))).toEqual(new Set(listed.keys()));
  });

  it.each(SOURCES.map((s) => [`${s.publisher}: ${s.title}`, s] as const))(
    'gives "%s" its publisher’s own site and a checked date',
    (_name, source) => {
      const hosts: Record<Source['publisher'], string[]> = {
        NHS: ['www.nhs.uk', 'g-care.glos.nhs.uk'],
        NICE: ['www.nice.org.uk'],
        MedlinePlus: ['medlineplus.gov'],
        NCCIH: ['www.nccih.nih.gov'],
        'National 911 Program': ['www.911.gov'],
        'European Commission': ['digital-strategy.ec.europa.eu'],
        NCBTMB: ['ncbtmb.org'],
        AMTA: ['amtamassage.org', 'www.amtamassage.org'],
      };
      expect(hosts[source.publisher]).toContain(new URL(source.url).hostname);
      expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('keeps every guide section reachable from an entry, a technique sheet or the checklist', () => {
    const cited = new Set([
      ...TERMS.flatMap((t) => t.sections),
      ...TECHNIQUES.flatMap((t) => t.sections),
      ...CHECKLIST.flatMap((c) => c.sections),
    ]);
    expect(SECTION_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('keeps the guide’s cautions on the technique sheets', () => {
    const profile = (id: string) => TECHNIQUES.find((t) => t.id === id);
    expect(profile('deep-tissue')?.askFirst).toEqual(['Blood clotting disorders', 'Osteoporosis']);
    expect(profile('trigger-point')?.askFirst).toEqual(['Fibromyalgia', 'Rheumatoid arthritis']);
    expect(profile('trigger-point')?.notFor).toEqual(['Widespread or diffuse pain']);
  });
});

describe('KnowledgeBaseSchema rejects', () => {
  it.each<[string, (kb: KnowledgeBaseData) => void, string]>([
    [
      'a term without a summary',
      (kb) => {
        delete (findTerm(kb, 'sciatica') as Partial<Term>).summary;
      },
      `terms.${SCIATICA}.summary: Invalid input`,
    ],
    [
      'a term id that is not kebab-case',
      (kb) => {
        findTerm(kb, 'sciatica').id = 'Sciatica Pain';
      },
      'ids are kebab-case',
    ],
    [
      'a form with an unknown context',
      (kb) => {
        findTerm(kb, 'sciatica').forms.push({ text: 'sciatic ache', context: 'sometimes' as 'unambiguous' });
      },
      `terms.${SCIATICA}.forms.${sciatica.forms.length}.context: Invalid option`,
    ],
    [
      'a term with an unknown field',
      (kb) => {
        Object.assign(findTerm(kb, 'sciatica'), { colour: 'red' });
      },
      `terms.${SCIATICA}: Unrecognized key: "colour"`,
    ],
    [
      'a duplicate term id',
      (kb) => {
        kb.terms.push({ ...findTerm(kb, 'fascia'), forms: [{ text: 'fascia band', context: 'unambiguous' }] });
      },
      'duplicate term id "fascia"',
    ],
    [
      'a duplicate technique sheet id',
      (kb) => {
        kb.techniques.push(structuredClone(kb.techniques[0]!));
      },
      'duplicate technique id "swedish"',
    ],
    [
      'a duplicate warning sign id',
      (kb) => {
        kb.redFlags.push(structuredClone(kb.redFlags[0]!));
      },
      'duplicate warning sign id "leg-weakness"',
    ],
    [
      'a service that cites a guide section',
      (kb) => {
        findTerm(kb, 'reflexology').sections.push('swedish-massage');
      },
      'a service the guide does not cover cites no guide section and is not one of its techniques',
    ],
    [
      'a service described by a source its entry does not list',
      (kb) => {
        findTerm(kb, 'reflexology').service!.describedBy.push(findTerm(kb, 'cupping-therapy').sources[0]!);
      },
      'service "reflexology" is described by NCCIH: Cupping, which the entry does not list',
    ],
    [
      'a service likened to a technique by a source its entry does not list',
      (kb) => {
        const source = findTerm(kb, 'cupping-therapy').sources[0]!;
        findTerm(kb, 'reflexology').service!.closest = {
          technique: 'shiatsu',
          note: { text: 'A likeness drawn by no listed source.', sources: [source] },
        };
      },
      'a note of "reflexology" cites NCCIH: Cupping, which the entry does not list',
    ],
    [
      'a form claimed by two terms',
      (kb) => {
        findTerm(kb, 'kneading').forms.push({ text: 'effleurage', context: 'unambiguous' });
      },
      'form "effleurage" is claimed by both "effleurage" and "kneading"',
    ],
    [
      'a form claimed by two terms in another case',
      (kb) => {
        findTerm(kb, 'kneading').forms.push({ text: 'EFFLEURAGE', context: 'unambiguous' });
      },
      'form "EFFLEURAGE" is claimed by both',
    ],
    [
      'a form claimed by two terms with and without accents',
      (kb) => {
        findTerm(kb, 'kneading').forms.push({ text: 'Petrissage', context: 'unambiguous' });
      },
      'form "Petrissage" is claimed by both "petrissage" and "kneading"',
    ],
    [
      'a form claimed by two terms with a hyphen for a space',
      (kb) => {
        findTerm(kb, 'fascia').forms.push({ text: 'Deep-Tissue-Massage', context: 'unambiguous' });
      },
      'form "Deep-Tissue-Massage" is claimed by both "deep-tissue-massage" and "fascia"',
    ],
    [
      'a form claimed by two terms with a soft hyphen inside',
      (kb) => {
        findTerm(kb, 'kneading').forms.push({ text: 'tapo\u00adtement', context: 'unambiguous' });
      },
      'is claimed by both "tapotement" and "kneading"',
    ],
    [
      'the bare word "Swedish" as a form',
      (kb) => {
        findTerm(kb, 'swedish-massage').forms.push({ text: 'Swedish', context: 'needs-context' });
      },
      'the bare word "Swedish" is not a form',
    ],
    [
      'a term with neither a guide section nor a source',
      (kb) => {
        Object.assign(findTerm(kb, 'sciatica'), { sections: [], sources: [], notes: [] });
      },
      'every term names the guide section it rests on, or its sources',
    ],
    [
      'an entry whose card does not show one of its sources',
      (kb) => {
        findTerm(kb, 'osteoporosis').notes = [];
      },
      'term "osteoporosis" cites NHS: Osteoporosis but its card does not show it',
    ],
    [
      'a note citing a source its entry does not list',
      (kb) => {
        findTerm(kb, 'sciatica').notes[0]!.sources.push(findTerm(kb, 'osteoporosis').sources[0]!);
      },
      'a note of "sciatica" cites NHS: Osteoporosis, which the entry does not list',
    ],
    [
      'a note without a source',
      (kb) => {
        findTerm(kb, 'sciatica').notes[0]!.sources = [];
      },
      'a note from outside the guide names its source',
    ],
    [
      'a source without the date it was checked',
      (kb) => {
        delete (findTerm(kb, 'sciatica').sources[0] as Partial<Source>).checked;
      },
      `terms.${SCIATICA}.sources.0.checked`,
    ],
    [
      'a source from an unknown publisher',
      (kb) => {
        findTerm(kb, 'sciatica').sources[0]!.publisher = 'A blog' as Source['publisher'];
      },
      `terms.${SCIATICA}.sources.0.publisher`,
    ],
    [
      'a term citing an unknown section',
      (kb) => {
        (findTerm(kb, 'sciatica').sections as string[]).push('sciatica-treatment');
      },
      `terms.${SCIATICA}.sections.${sciatica.sections.length}: Invalid option`,
    ],
    [
      'a technique sheet with no section',
      (kb) => {
        kb.techniques[1]!.sections = [];
      },
      'techniques.1.sections',
    ],
    [
      'a checklist item citing an unknown section',
      (kb) => {
        (kb.checklist[0]!.sections as string[]) = ['booking'];
      },
      'checklist.0.sections',
    ],
    [
      'a summary over 35 words',
      (kb) => {
        findTerm(kb, 'sciatica').summary = Array.from({ length: 36 }, () => 'pain').join(' ');
      },
      'a summary has at most 35 words',
    ],
    [
      'a warning sign without a source',
      (kb) => {
        kb.redFlags[2]!.sources = [];
      },
      'every warning sign cites a public health source',
    ],
    [
      'a warning sign source without a URL',
      (kb) => {
        kb.redFlags[2]!.sources = [{ ...kb.redFlags[2]!.sources[0]!, url: 'back pain page' }];
      },
      'redFlags.2.sources.0.url',
    ],
    [
      'a missing warning sign',
      (kb) => {
        kb.redFlags = kb.redFlags.filter((r) => r.id !== 'saddle-numbness');
      },
      'warning sign "saddle-numbness" is missing',
    ],
    [
      'a related term that does not exist',
      (kb) => {
        findTerm(kb, 'sciatica').related.push('hip-pain');
      },
      'term "sciatica" relates to unknown term "hip-pain"',
    ],
    [
      'a technique sheet linked to the wrong term',
      (kb) => {
        kb.techniques[0]!.termId = 'effleurage';
      },
      'technique sheet "swedish" links to "effleurage"',
    ],
    [
      'a technique with no sheet',
      (kb) => {
        kb.techniques = kb.techniques.filter((t) => t.id !== 'thai');
      },
      'technique "thai" has no sheet',
    ],
    [
      'a technique with two terms',
      (kb) => {
        findTerm(kb, 'massage-therapy').technique = 'shiatsu';
      },
      'technique "shiatsu" needs exactly one term, found 2',
    ],
    [
      'a safety note without a source',
      (kb) => {
        kb.safetyNote.sources = [];
      },
      'safetyNote.sources',
    ],
  ])('%s', (_name, mutate, expected) => {
    const kb = copyKnowledgeBase();
    mutate(kb);
    const messages = issueMessages(kb);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toContain(expected);
  });
});

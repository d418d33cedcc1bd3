import type { Term } from '@/lib/guide/schema';
import { MEDLINEPLUS_CHRONIC_PAIN, MEDLINEPLUS_PAIN, NICE_LOW_BACK_PAIN } from '@/lib/guide/sources';
import { MASSAGE_WITH_EXERCISE_NOTE } from './notes';

/** Kinds of pain by how long it lasts and how far it spreads, which decide what the guide suggests. */
export const PAIN_TERMS: readonly Term[] = [
  {
    id: 'chronic-pain',
    name: 'Chronic pain',
    category: 'condition',
    forms: [
      { text: 'chronic pain', context: 'unambiguous' },
      { text: 'chronic back pain', context: 'unambiguous' },
      { text: 'persistent pain', context: 'unambiguous' },
      { text: 'persistent back pain', context: 'unambiguous' },
      { text: 'long-term pain', context: 'unambiguous' },
      { text: 'long-term back pain', context: 'unambiguous' },
    ],
    summary:
      'Pain that goes on for a long time. The guide presents regular massage as a way to ease chronic back pain, and links deep tissue massage with it most.',
    details:
      'The guide says long-lasting back pain can lower output at work and raise stress or low mood, and presents regular massage as a way to ease it over time, by working on tight or unbalanced muscles and helping the body cope with pain. MedlinePlus says chronic pain can last weeks, months or even years; NICE suggests massage for back pain only alongside exercise.',
    cautions: [],
    sections: ['effects-on-daily-life', 'relief-from-chronic-pain', 'deep-tissue-suitability'],
    sources: [MEDLINEPLUS_CHRONIC_PAIN, NICE_LOW_BACK_PAIN],
    notes: [
      {
        text: 'Chronic pain can last for weeks, months or even years; it may start with an injury or infection, or have no clear cause.',
        sources: [MEDLINEPLUS_CHRONIC_PAIN],
      },
      MASSAGE_WITH_EXERCISE_NOTE,
    ],
    related: ['deep-tissue-massage', 'acute-pain', 'pain-tolerance'],
  },
  {
    id: 'acute-pain',
    name: 'Acute pain',
    category: 'condition',
    forms: [
      { text: 'acute pain', context: 'unambiguous' },
      { text: 'acute back pain', context: 'unambiguous' },
      { text: 'sudden back pain', context: 'unambiguous' },
    ],
    summary:
      'Pain that is sudden or new. The guide says deep tissue massage may not suit acute or severe pain, because its deep pressure can be uncomfortable.',
    details:
      'MedlinePlus describes acute pain as pain that usually starts suddenly, from an injury, illness or inflammation, and usually goes away. The guide warns that the firm pressure of deep tissue massage can be uncomfortable with acute or severe pain.',
    cautions: ['Deep tissue massage may not suit you while pain is acute or severe.'],
    sections: ['deep-tissue-suitability'],
    sources: [MEDLINEPLUS_PAIN],
    notes: [
      {
        text: 'Acute pain usually starts suddenly, from an injury, illness or inflammation, and usually goes away.',
        sources: [MEDLINEPLUS_PAIN],
      },
    ],
    related: ['chronic-pain', 'deep-tissue-massage'],
  },
  {
    id: 'localized-pain',
    name: 'Localized pain',
    category: 'condition',
    forms: [
      { text: 'localized pain', context: 'unambiguous' },
      { text: 'localised pain', context: 'unambiguous' },
      { text: 'localized back pain', context: 'unambiguous' },
      { text: 'localised back pain', context: 'unambiguous' },
    ],
    summary: 'Pain you can point to in one small area. Trigger point therapy is aimed at this kind of back pain.',
    details:
      'When pain sits in one clear spot, often because of a tight or inflamed muscle, a targeted technique can work on it directly. The guide names trigger point therapy as the best match.',
    cautions: [],
    sections: ['trigger-point-therapy', 'trigger-point-suitability'],
    sources: [],
    notes: [],
    related: ['trigger-point-therapy', 'widespread-pain'],
  },
  {
    id: 'widespread-pain',
    name: 'Widespread pain',
    category: 'condition',
    forms: [
      { text: 'widespread pain', context: 'unambiguous' },
      { text: 'diffuse pain', context: 'unambiguous' },
      { text: 'diffused pain', context: 'unambiguous' },
      { text: 'widespread back pain', context: 'unambiguous' },
    ],
    summary: 'Pain spread over a large area rather than one spot. Trigger point therapy is not recommended for it.',
    details:
      'Trigger point therapy works on single knots, so it does not suit pain that is spread out or hard to pin down. A broader technique may fit better; ask your therapist.',
    cautions: ['Trigger point therapy is not recommended for widespread or diffuse pain.'],
    sections: ['trigger-point-suitability'],
    sources: [],
    notes: [],
    related: ['localized-pain', 'trigger-point-therapy', 'fibromyalgia'],
  },
];

import type { Term } from '@/lib/guide/schema';

/** What massage aims to improve. */
export const BENEFIT_TERMS: readonly Term[] = [
  {
    id: 'blood-circulation',
    name: 'Blood circulation',
    category: 'benefit',
    forms: [
      { text: 'blood circulation', context: 'needs-context' },
      { text: 'blood flow', context: 'needs-context' },
      { text: 'circulation', context: 'needs-context' },
      { text: 'improved circulation', context: 'needs-context' },
    ],
    summary:
      'The movement of blood through the body. The guide says massage pressure increases it, and that the extra blood brings oxygen and nutrients that help sore muscles heal.',
    details:
      'The guide claims that pressing on a sore area draws more blood through it, that the blood brings oxygen and nutrients to the muscles, and that this helps healing, calms inflammation and speeds recovery. It credits effleurage, hot stones, deep tissue and trigger point work with better circulation.',
    cautions: [],
    sections: [
      'improved-blood-circulation',
      'swedish-techniques',
      'hot-stone-massage',
      'deep-tissue-benefits',
      'trigger-point-benefits',
    ],
    sources: [],
    notes: [],
    related: ['inflammation', 'effleurage', 'hot-stone-massage'],
  },
  {
    id: 'lymphatic-drainage',
    name: 'Lymphatic drainage',
    category: 'benefit',
    forms: [
      { text: 'lymphatic drainage', context: 'unambiguous' },
      { text: 'lymph drainage', context: 'unambiguous' },
    ],
    summary:
      'The draining of fluid and waste from the tissues. The guide says Swedish massage improves it, which helps clear metabolic waste and reduce inflammation.',
    details:
      'The guide counts better lymphatic drainage among the benefits of Swedish massage: it says the drainage helps remove metabolic waste and eases inflammation in a sore area.',
    cautions: [],
    sections: ['swedish-benefits'],
    sources: [],
    notes: [],
    related: ['metabolic-waste', 'swedish-massage', 'inflammation'],
  },
  {
    id: 'range-of-motion',
    name: 'Range of motion',
    category: 'benefit',
    forms: [
      { text: 'range of motion', context: 'unambiguous' },
      { text: 'ranges of motion', context: 'unambiguous' },
      { text: 'range of movement', context: 'unambiguous' },
    ],
    summary: 'How far you can move. The guide says loosening tight muscles with massage can increase it.',
    details:
      'The guide says that easing muscle tension can bring better range of motion where it hurts, and names improved range of motion among the long-term benefits of deep tissue massage.',
    cautions: [],
    sections: ['reduction-of-muscle-tension', 'different-techniques'],
    sources: [],
    notes: [],
    related: ['flexibility', 'mobility', 'muscle-tension'],
  },
  {
    id: 'flexibility',
    name: 'Flexibility',
    category: 'benefit',
    forms: [
      { text: 'flexibility', context: 'needs-context' },
      { text: 'muscle flexibility', context: 'unambiguous' },
      { text: 'improved flexibility', context: 'needs-context' },
    ],
    summary:
      'How easily muscles stretch and joints bend. Pétrissage, deep tissue, trigger point and Thai massage are all aimed at improving it.',
    details:
      'Looser muscles stretch further. Many techniques in the guide list better flexibility as a goal, and it is one of the outcomes you might name when you set goals with your therapist.',
    cautions: [],
    sections: [
      'reduction-of-muscle-tension',
      'swedish-techniques',
      'trigger-point-benefits',
      'thai-massage',
      'setting-goals',
    ],
    sources: [],
    notes: [],
    related: ['range-of-motion', 'stretching', 'thai-massage'],
  },
  {
    id: 'relaxation',
    name: 'Relaxation',
    category: 'benefit',
    forms: [
      { text: 'relaxation', context: 'needs-context' },
      { text: 'muscle relaxation', context: 'needs-context' },
      { text: 'relaxing massage', context: 'unambiguous' },
    ],
    summary:
      'A calm state with loose muscles and less stress. The guide says Swedish, Thai and Shiatsu massage promote it, and that the heat of hot stones relaxes the muscles.',
    details:
      'Relaxation is one of the outcomes the guide suggests naming when you set goals with your therapist. It points to Swedish massage when relaxation is the aim; Thai massage and Shiatsu aim for it too, and the warmth of hot stones helps muscles relax.',
    cautions: [],
    sections: [
      'benefits-of-massage',
      'swedish-benefits',
      'hot-stone-massage',
      'thai-massage',
      'shiatsu-massage',
      'setting-goals',
      'conclusion',
    ],
    sources: [],
    notes: [],
    related: ['swedish-massage', 'hot-stone-massage', 'stress', 'muscle-tension'],
  },
  {
    id: 'mobility',
    name: 'Mobility',
    category: 'benefit',
    forms: [
      { text: 'mobility', context: 'needs-context' },
      { text: 'spinal mobility', context: 'unambiguous' },
      { text: 'back mobility', context: 'unambiguous' },
    ],
    summary:
      'How freely you can move. The guide says deep tissue massage, by breaking up knots and easing spasms, aims to improve it.',
    details:
      'Back pain can make walking, bending and lifting hard. The guide names better mobility among the benefits of deep tissue massage.',
    cautions: [],
    sections: ['deep-tissue-benefits', 'effects-on-daily-life'],
    sources: [],
    notes: [],
    related: ['range-of-motion', 'flexibility', 'deep-tissue-massage'],
  },
  {
    id: 'pain-tolerance',
    name: 'Pain tolerance',
    category: 'benefit',
    forms: [
      { text: 'pain tolerance', context: 'needs-context' },
      { text: 'tolerance to pain', context: 'needs-context' },
    ],
    summary:
      'How much pain you can bear before it limits you. The guide says regular massage may slowly raise it in chronic back pain.',
    details:
      'With chronic back pain, the guide suggests that sessions on a regular basis may help the body cope better with pain, so flare-ups come less often and hurt less.',
    cautions: [],
    sections: ['relief-from-chronic-pain'],
    sources: [],
    notes: [],
    related: ['chronic-pain'],
  },
  {
    id: 'pain-relief',
    name: 'Pain relief',
    category: 'benefit',
    forms: [
      { text: 'pain relief', context: 'needs-context' },
      { text: 'relief from pain', context: 'needs-context' },
      { text: 'back pain relief', context: 'unambiguous' },
    ],
    summary:
      'In the guide, trigger point therapy aims for quick relief in one spot and deep tissue massage for lasting relief from chronic pain. Name relief as your goal when you book.',
    details:
      'The guide says trigger point therapy aims for quick relief in one spot, and deep tissue massage for lasting relief from chronic pain. It suggests naming relief as your goal when you book.',
    cautions: [],
    sections: ['benefits-of-massage', 'setting-goals', 'trigger-point-benefits', 'deep-tissue-techniques'],
    sources: [],
    notes: [],
    related: ['chronic-pain', 'trigger-point-therapy', 'deep-tissue-massage'],
  },
];

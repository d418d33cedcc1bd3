import type { Term } from '@/lib/guide/schema';

/** What massage aims to improve. */
export const BENEFIT_TERMS: readonly Term[] = [
  {
    id: 'blood-circulation',
    name: 'Blood circulation',
    category: 'benefit',
    forms: [
      { text: 'blood circulation', context: 'unambiguous' },
      { text: 'blood flow', context: 'unambiguous' },
      { text: 'circulation', context: 'needs-context' },
      { text: 'improved circulation', context: 'needs-context' },
    ],
    summary:
      'The movement of blood through the body. Massage pressure boosts it, bringing oxygen and nutrients to sore muscles to support healing.',
    details:
      'Pressing on a sore area encourages blood to flow through it. More blood brings oxygen and nutrients to the muscles, which helps healing, calms inflammation and can speed recovery. Effleurage, hot stones, deep tissue and trigger point work are all credited with it.',
    cautions: [],
    sections: ['improved-blood-circulation', 'swedish-techniques', 'hot-stone-massage', 'deep-tissue-benefits'],
    sources: [],
    related: ['inflammation', 'effleurage', 'hot-stone-massage'],
  },
  {
    id: 'lymphatic-drainage',
    name: 'Lymphatic drainage',
    category: 'benefit',
    forms: [
      { text: 'lymphatic drainage', context: 'unambiguous' },
      { text: 'lymph drainage', context: 'unambiguous' },
      { text: 'manual lymphatic drainage', context: 'unambiguous' },
      { text: 'lymphatic massage', context: 'unambiguous' },
    ],
    summary:
      'The flow of lymph that carries waste away from tissues. Swedish massage is said to improve it, helping clear waste and reduce inflammation.',
    details:
      'The lymphatic system drains fluid from the tissues. The guide counts better drainage among the benefits of Swedish massage, because it helps remove metabolic waste and eases inflammation in a sore area.',
    cautions: [],
    sections: ['swedish-benefits'],
    sources: [],
    related: ['lymphatic-system', 'metabolic-waste', 'swedish-massage'],
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
    summary: 'How far a joint or body part can move. Loosening tight muscles with massage can increase it.',
    details:
      'Tight muscles and adhesions limit how far you can bend and turn. Releasing tension, and in deep tissue massage working on adhesions, helps restore a fuller range of motion over time.',
    cautions: [],
    sections: ['reduction-of-muscle-tension', 'different-techniques'],
    sources: [],
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
    related: ['range-of-motion', 'stretching', 'thai-massage'],
  },
  {
    id: 'relaxation',
    name: 'Relaxation',
    category: 'benefit',
    forms: [
      { text: 'relaxation', context: 'needs-context' },
      { text: 'muscle relaxation', context: 'unambiguous' },
      { text: 'relaxing massage', context: 'unambiguous' },
    ],
    summary: 'A calm state with loose muscles and less stress. Swedish, Thai and Shiatsu massage all put it first.',
    details:
      'Relaxing both body and mind is a main reason many people choose massage. Swedish massage is the usual pick when relaxation is the goal; Thai massage and Shiatsu also aim for it.',
    cautions: [],
    sections: ['benefits-of-massage', 'swedish-benefits', 'thai-massage', 'shiatsu-massage', 'setting-goals'],
    sources: [],
    related: ['swedish-massage', 'stress', 'muscle-tension'],
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
      'How freely you can move. Deep tissue massage, by breaking up knots and easing spasms, aims to improve it.',
    details:
      'Back pain can make walking, bending and lifting hard. The guide names better mobility among the benefits of deep tissue massage.',
    cautions: [],
    sections: ['deep-tissue-benefits', 'effects-on-daily-life'],
    sources: [],
    related: ['range-of-motion', 'flexibility', 'deep-tissue-massage'],
  },
  {
    id: 'pain-tolerance',
    name: 'Pain tolerance',
    category: 'benefit',
    forms: [
      { text: 'pain tolerance', context: 'unambiguous' },
      { text: 'tolerance to pain', context: 'unambiguous' },
    ],
    summary:
      'How much pain you can bear before it limits you. The guide says regular massage may slowly raise it in chronic back pain.',
    details:
      'With chronic back pain, the guide suggests that sessions on a regular basis may help the body cope better with pain, so flare-ups come less often and hurt less.',
    cautions: [],
    sections: ['relief-from-chronic-pain'],
    sources: [],
    related: ['chronic-pain'],
  },
  {
    id: 'pain-relief',
    name: 'Pain relief',
    category: 'benefit',
    forms: [
      { text: 'pain relief', context: 'unambiguous' },
      { text: 'relief from pain', context: 'unambiguous' },
      { text: 'back pain relief', context: 'unambiguous' },
    ],
    summary: 'Easing pain. A usual goal for massage; tell the therapist if it is yours so they can plan the session.',
    details:
      'Less pain is the reason most people with back pain book a massage. Trigger point therapy aims for quick relief in one spot; deep tissue massage for lasting relief from chronic pain. Say it is your goal when you book.',
    cautions: [],
    sections: ['benefits-of-massage', 'setting-goals', 'trigger-point-benefits', 'deep-tissue-techniques'],
    sources: [],
    related: ['chronic-pain', 'trigger-point-therapy', 'deep-tissue-massage'],
  },
];

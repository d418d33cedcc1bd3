import type { Term } from '@/lib/guide/schema';
import { NHS_SPRAINS_AND_STRAINS } from '@/lib/guide/sources';
import { FRESH_INJURY_NOTE } from './notes';

/** What massage works on: tension, knots, spasms and the like. */
export const EFFECT_TERMS: readonly Term[] = [
  {
    id: 'muscle-tension',
    name: 'Muscle tension',
    category: 'effect',
    forms: [
      { text: 'muscle tension', context: 'unambiguous' },
      { text: 'muscular tension', context: 'unambiguous' },
      { text: 'muscle tightness', context: 'unambiguous' },
      { text: 'tense muscles', context: 'unambiguous' },
      { text: 'tight muscles', context: 'unambiguous' },
      { text: 'tight muscle', context: 'unambiguous' },
      { text: 'tension', context: 'needs-context' },
      { text: 'tightness', context: 'needs-context' },
    ],
    summary: 'Muscles that stay tight instead of relaxing. Easing it is one of the main ways massage helps back pain.',
    details:
      'Tense muscles pull, ache and limit movement, and tension is a usual cause of upper back pain. The guide says that by working on the muscles that hurt, massage helps loosen knots and let built-up tension go, and that this can bring quick relief and more freedom of movement. Every technique in the guide aims at it in some way.',
    cautions: [],
    sections: ['reduction-of-muscle-tension', 'types-of-back-pain'],
    sources: [],
    notes: [],
    related: ['muscle-knots', 'swedish-massage', 'deep-tissue-massage', 'range-of-motion'],
  },
  {
    id: 'muscle-knots',
    name: 'Muscle knots',
    category: 'effect',
    forms: [
      { text: 'muscle knots', context: 'unambiguous' },
      { text: 'muscle knot', context: 'unambiguous' },
      { text: 'knotted muscles', context: 'unambiguous' },
      { text: 'knotted muscle', context: 'unambiguous' },
      { text: 'knots', context: 'needs-context' },
    ],
    summary:
      'Tight spots in a muscle that massage aims to loosen. The trigger points of trigger point therapy are such knots: tight knots of muscle fibres.',
    details:
      'The guide speaks of tight knots in the muscles throughout. Massage in general works to loosen them, deep tissue massage sets out to break them up, and trigger point therapy presses directly on trigger points, which the guide describes as tight knots of muscle fibres.',
    cautions: [],
    sections: ['reduction-of-muscle-tension', 'deep-tissue-benefits', 'trigger-point-therapy'],
    sources: [],
    notes: [],
    related: ['trigger-points', 'muscle-tension', 'deep-tissue-massage'],
  },
  {
    id: 'trigger-points',
    name: 'Trigger points',
    category: 'effect',
    forms: [
      { text: 'trigger point', context: 'needs-context' },
      { text: 'trigger points', context: 'needs-context' },
      { text: 'myofascial trigger point', context: 'unambiguous' },
      { text: 'myofascial trigger points', context: 'unambiguous' },
    ],
    summary:
      'Tight knots of muscle fibres that cause pain and discomfort. Trigger point therapy finds them and presses until they release.',
    details:
      'A trigger point is a small, tight knot in the fibres of a muscle. It hurts where it sits and keeps the muscle from working normally. Trigger point therapy locates each one and holds steady pressure on it until the tension lets go.',
    cautions: [],
    sections: ['trigger-point-therapy', 'trigger-point-techniques'],
    sources: [],
    notes: [],
    related: ['trigger-point-therapy', 'muscle-knots', 'muscle-fibers'],
  },
  {
    id: 'adhesions',
    name: 'Adhesions',
    category: 'effect',
    forms: [
      { text: 'adhesions', context: 'needs-context' },
      { text: 'adhesion', context: 'needs-context' },
      { text: 'muscle adhesions', context: 'unambiguous' },
      { text: 'fascial adhesions', context: 'unambiguous' },
      { text: 'tissue adhesions', context: 'unambiguous' },
    ],
    summary:
      'Something in the muscles and connective tissue that deep tissue massage aims to release, in the guide’s words; the guide does not say what adhesions are.',
    details:
      'The guide does not define adhesions. It names releasing them among the goals of deep tissue massage, alongside breaking up scar tissue and lengthening muscle fibres, and links that work to better flexibility.',
    cautions: [],
    sections: ['different-techniques', 'deep-tissue-techniques'],
    sources: [],
    notes: [],
    related: ['fascia', 'scar-tissue', 'deep-tissue-massage'],
  },
  {
    id: 'scar-tissue',
    name: 'Scar tissue',
    category: 'effect',
    forms: [
      { text: 'scar tissue', context: 'unambiguous' },
      { text: 'scar tissues', context: 'unambiguous' },
    ],
    summary:
      'Scar tissue in and around the muscles. The guide says deep tissue massage, with slow, firm pressure, aims to break it up.',
    details:
      'The guide lists breaking up scar tissue, with freeing adhesions and lengthening muscle fibres, among the aims of deep tissue massage, which works slowly and firmly on the deeper layers.',
    cautions: [],
    sections: ['deep-tissue-techniques'],
    sources: [],
    notes: [],
    related: ['adhesions', 'fascia', 'deep-tissue-massage'],
  },
  {
    id: 'muscle-spasm',
    name: 'Muscle spasm',
    category: 'effect',
    forms: [
      { text: 'muscle spasm', context: 'unambiguous' },
      { text: 'muscle spasms', context: 'unambiguous' },
      { text: 'back spasm', context: 'unambiguous' },
      { text: 'back spasms', context: 'unambiguous' },
      { text: 'muscular spasm', context: 'unambiguous' },
      { text: 'spasm', context: 'needs-context' },
      { text: 'spasms', context: 'needs-context' },
    ],
    summary:
      'A muscle tightening on its own. The guide lists relieving spasms among the benefits of both Swedish and deep tissue massage.',
    details:
      'The NHS describes a spasm as a muscle painfully tightening on its own, and lists it among the signs of a strain. The guide lists easing spasms among the benefits of both Swedish and deep tissue massage.',
    cautions: [],
    sections: ['swedish-benefits', 'deep-tissue-benefits'],
    sources: [NHS_SPRAINS_AND_STRAINS],
    notes: [
      {
        text: 'In a spasm a muscle painfully tightens on its own; it can be a sign of a strain.',
        sources: [NHS_SPRAINS_AND_STRAINS],
      },
      FRESH_INJURY_NOTE,
    ],
    related: ['muscle-tension', 'swedish-massage', 'deep-tissue-massage'],
  },
  {
    id: 'inflammation',
    name: 'Inflammation',
    category: 'effect',
    forms: [
      { text: 'inflammation', context: 'needs-context' },
      { text: 'inflamed', context: 'needs-context' },
      { text: 'inflamed muscle', context: 'unambiguous' },
      { text: 'inflamed muscles', context: 'unambiguous' },
      { text: 'muscle inflammation', context: 'unambiguous' },
    ],
    summary: 'The guide does not define it; it says the better blood and lymph flow from massage helps reduce it.',
    details:
      'The guide links several techniques to less inflammation: it says improved blood flow supports healing, and that Swedish massage helps lymphatic drainage carry waste away. It also names inflamed or tight muscle behind pain in one spot as what trigger point therapy targets.',
    cautions: [],
    sections: ['improved-blood-circulation', 'swedish-benefits', 'trigger-point-therapy'],
    sources: [NHS_SPRAINS_AND_STRAINS],
    notes: [FRESH_INJURY_NOTE],
    related: ['blood-circulation', 'lymphatic-drainage', 'trigger-point-therapy'],
  },
  {
    id: 'metabolic-waste',
    name: 'Metabolic waste',
    category: 'effect',
    forms: [
      { text: 'metabolic waste', context: 'unambiguous' },
      { text: 'metabolic wastes', context: 'unambiguous' },
      { text: 'metabolic waste products', context: 'unambiguous' },
    ],
    summary:
      'Waste from the body’s tissues. The guide says the better lymphatic drainage that Swedish massage brings helps clear it from a sore area.',
    details:
      'The guide credits Swedish massage with improving lymphatic drainage, which it says helps remove metabolic waste and reduce inflammation where it hurts.',
    cautions: [],
    sections: ['swedish-benefits'],
    sources: [],
    notes: [],
    related: ['lymphatic-drainage', 'swedish-massage'],
  },
  {
    id: 'tender-muscles',
    name: 'Tender muscles',
    category: 'effect',
    forms: [
      { text: 'tender muscles', context: 'unambiguous' },
      { text: 'sensitive muscles', context: 'unambiguous' },
      { text: 'sore muscles', context: 'unambiguous' },
      { text: 'muscle soreness', context: 'unambiguous' },
      { text: 'muscle tenderness', context: 'unambiguous' },
    ],
    summary:
      'Muscles that hurt when touched or pressed. Gentle Swedish massage is usually well tolerated by people with tender muscles.',
    details:
      'The guide notes that the light to moderate pressure of Swedish massage suits most people, including those with sensitive or tender muscles. It also says deep tissue massage and trigger point therapy can be uncomfortable during the session.',
    cautions: [],
    sections: ['swedish-suitability', 'deep-tissue-techniques', 'trigger-point-techniques'],
    sources: [],
    notes: [],
    related: ['swedish-massage', 'muscle-tension'],
  },
  {
    id: 'stress',
    name: 'Stress',
    category: 'effect',
    forms: [
      { text: 'stress', context: 'needs-context' },
      { text: 'psychological stress', context: 'needs-context' },
      { text: 'emotional stress', context: 'needs-context' },
      { text: 'stress relief', context: 'needs-context' },
    ],
    summary:
      'Mental strain that can both follow from long-lasting back pain and add to it. Relaxing massage styles aim to ease it.',
    details:
      'The guide notes that chronic back pain can raise stress, and that stress can lie behind some back pain. Swedish massage suits people looking for stress relief, and Shiatsu may help back pain linked to stress.',
    cautions: [],
    sections: ['effects-on-daily-life', 'swedish-suitability', 'shiatsu-massage'],
    sources: [],
    notes: [],
    related: ['relaxation', 'swedish-massage', 'shiatsu'],
  },
];

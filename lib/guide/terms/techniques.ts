import { EU_112, NHS_BACK_PAIN, NICE_LOW_BACK_PAIN, US_911 } from '@/lib/guide/sources';
import { MASSAGE_WITH_EXERCISE_NOTE, URGENT_SIGNS_NOTE } from './notes';
import type { Term } from '@/lib/guide/schema';

/** The six massage techniques the guide describes, plus massage therapy as a whole. */
export const TECHNIQUE_TERMS: readonly Term[] = [
  {
    id: 'swedish-massage',
    name: 'Swedish massage',
    category: 'technique',
    forms: [
      { text: 'Swedish massage', context: 'unambiguous' },
      { text: 'Swedish massages', context: 'unambiguous' },
      { text: 'Swedish-style massage', context: 'unambiguous' },
      { text: 'classic massage', context: 'needs-context' },
      { text: 'classical massage', context: 'needs-context' },
    ],
    summary:
      'A gentle, flowing massage with long strokes, kneading and circles at light to moderate pressure. It aims to relax muscles and ease mild to moderate back pain.',
    details:
      'The guide calls Swedish massage one of the most widely recognised styles for back pain. The therapist combines four main strokes: effleurage (long glides), pétrissage (kneading), friction (small circles) and tapotement (light tapping). The pressure stays light to moderate, so most people tolerate it well, even with sore or tender muscles. It is used to loosen tense muscles, ease spasms, help blood and lymph move and leave you relaxed. Someone with severe pain, or a problem that needs focused work, may be better served by deep tissue massage or trigger point therapy.',
    cautions: [],
    sections: [
      'different-techniques',
      'swedish-massage',
      'swedish-techniques',
      'swedish-benefits',
      'swedish-suitability',
    ],
    sources: [],
    notes: [],
    technique: 'swedish',
    related: ['effleurage', 'petrissage', 'friction', 'tapotement', 'relaxation'],
  },
  {
    id: 'deep-tissue-massage',
    name: 'Deep tissue massage',
    category: 'technique',
    forms: [
      { text: 'deep tissue massage', context: 'unambiguous' },
      { text: 'deep-tissue massage', context: 'unambiguous' },
      { text: 'deep tissue massages', context: 'unambiguous' },
      { text: 'deep tissue work', context: 'unambiguous' },
      { text: 'deep tissue therapy', context: 'unambiguous' },
      { text: 'deep tissue', context: 'needs-context' },
    ],
    summary:
      'Slow strokes with firm pressure that reach the deeper muscle layers and fascia. Aimed at chronic back pain and lasting tension; it can feel uncomfortable during the session.',
    details:
      'In deep tissue massage the therapist works slowly and firmly, using fingers, knuckles, forearms or elbows to reach the muscles and connective tissue below the surface. The aim is to free adhesions, break down scar tissue, loosen knots and let shortened muscle fibres lengthen. People with long-standing back pain or stubborn tension tend to gain most: less pain, better mobility and range of motion over time. Expect some soreness during the work.',
    cautions: [
      'If you have a blood clotting disorder or osteoporosis, ask your healthcare provider before booking.',
      'Not a good fit for acute or severe pain: the deep pressure can hurt.',
      'It may be uncomfortable during the session; tell the therapist if the pressure is too much.',
    ],
    sections: [
      'different-techniques',
      'deep-tissue-massage',
      'deep-tissue-techniques',
      'deep-tissue-benefits',
      'deep-tissue-suitability',
    ],
    sources: [],
    notes: [],
    technique: 'deep-tissue',
    related: ['fascia', 'adhesions', 'scar-tissue', 'muscle-knots', 'chronic-pain'],
  },
  {
    id: 'trigger-point-therapy',
    name: 'Trigger point therapy',
    category: 'technique',
    forms: [
      { text: 'trigger point therapy', context: 'unambiguous' },
      { text: 'trigger-point therapy', context: 'unambiguous' },
      { text: 'trigger point massage', context: 'unambiguous' },
      { text: 'trigger point release', context: 'unambiguous' },
      { text: 'trigger point treatment', context: 'unambiguous' },
    ],
    summary:
      'Steady, firm finger or thumb pressure held on tight knots in a muscle until they let go. Best for pain in one clear spot caused by tight or inflamed muscle.',
    details:
      'The therapist first finds the trigger points, small tight knots of muscle fibres that cause pain, then presses on each with a finger or thumb and holds the pressure until the tension releases. The work is very targeted, so it suits pain you can point to rather than pain spread over a wide area. It aims to ease pain quickly, free up movement and let the muscle work normally again. It can be uncomfortable while the pressure is held.',
    cautions: [
      'If you have fibromyalgia or rheumatoid arthritis, ask your healthcare provider first.',
      'Not recommended when pain is widespread or diffuse rather than in one spot.',
      'Held pressure on a knot can be uncomfortable during the session.',
    ],
    sections: [
      'different-techniques',
      'trigger-point-therapy',
      'trigger-point-techniques',
      'trigger-point-benefits',
      'trigger-point-suitability',
    ],
    sources: [],
    notes: [],
    technique: 'trigger-point',
    related: ['trigger-points', 'muscle-knots', 'localized-pain', 'widespread-pain'],
  },
  {
    id: 'hot-stone-massage',
    name: 'Hot stone massage',
    category: 'technique',
    forms: [
      { text: 'hot stone massage', context: 'unambiguous' },
      { text: 'hot-stone massage', context: 'unambiguous' },
      { text: 'hot stone massages', context: 'unambiguous' },
      { text: 'hot stone therapy', context: 'unambiguous' },
      { text: 'stone massage', context: 'unambiguous' },
      { text: 'hot stones massage', context: 'unambiguous' },
      { text: 'warm stone massage', context: 'unambiguous' },
      { text: 'hot stones', context: 'needs-context' },
    ],
    summary:
      'Smooth stones are warmed and rested on chosen spots of the body. The warmth helps muscles relax, eases tension and helps blood flow.',
    details:
      'For a hot stone massage the therapist heats smooth stones and places them on set points of the body. The heat softens tight muscles, supports blood circulation and takes the edge off muscle tension, which many people with back pain find soothing. The guide gives no specific cautions for this technique; mention any health conditions to your therapist as you would for any massage.',
    cautions: [],
    sections: ['additional-techniques', 'hot-stone-massage'],
    sources: [],
    notes: [],
    technique: 'hot-stone',
    related: ['muscle-tension', 'blood-circulation', 'relaxation'],
  },
  {
    id: 'thai-massage',
    name: 'Thai massage',
    category: 'technique',
    forms: [
      { text: 'Thai massage', context: 'unambiguous' },
      { text: 'Thai massages', context: 'unambiguous' },
      { text: 'traditional Thai massage', context: 'unambiguous' },
      { text: 'Thai yoga massage', context: 'unambiguous' },
    ],
    summary:
      'A full-body treatment that mixes stretching, compression and acupressure. It aims to make you more flexible, relaxed and less tense.',
    details:
      'Thai massage works over the whole body. The practitioner moves you through stretches, presses muscles with compression and applies acupressure to chosen points. The goals are better flexibility, relaxation and relief from muscle tension, and it can be one route to easing back pain. The guide gives no specific cautions for this technique; tell the practitioner about any health conditions.',
    cautions: [],
    sections: ['additional-techniques', 'thai-massage'],
    sources: [],
    notes: [],
    technique: 'thai',
    related: ['stretching', 'compression', 'acupressure', 'flexibility'],
  },
  {
    id: 'shiatsu',
    name: 'Shiatsu',
    category: 'technique',
    forms: [
      { text: 'shiatsu', context: 'unambiguous' },
      { text: 'shiatsu massage', context: 'unambiguous' },
      { text: 'shiatsu massages', context: 'unambiguous' },
      { text: 'shiatsu therapy', context: 'unambiguous' },
    ],
    summary:
      'Finger pressure and stretches applied to acupressure points along the meridians. It aims to relax you and may help back pain linked to muscle imbalance or stress.',
    details:
      'Shiatsu combines finger pressure with stretching. The practitioner presses acupressure points that lie along the meridians, the lines along which shiatsu holds that the body’s energy flows, with the aim of balancing that energy flow. It is used to ease pain and tension and to help you relax, and may suit back pain that comes from muscle imbalances or stress. The guide gives no specific cautions for this technique.',
    cautions: [],
    sections: ['additional-techniques', 'shiatsu-massage'],
    sources: [],
    notes: [],
    technique: 'shiatsu',
    related: ['acupressure', 'meridians', 'stretching', 'stress'],
  },
  {
    id: 'massage-therapy',
    name: 'Massage therapy',
    category: 'technique',
    forms: [
      { text: 'massage therapy', context: 'unambiguous' },
      { text: 'therapeutic massage', context: 'unambiguous' },
      { text: 'massage therapies', context: 'unambiguous' },
      { text: 'remedial massage', context: 'unambiguous' },
      { text: 'massage techniques', context: 'unambiguous' },
    ],
    summary:
      'Hands-on work on the muscles by a trained therapist. The guide presents it as a way to ease back pain: looser muscles, better blood flow and relief from chronic pain.',
    details:
      'Massage therapy covers many styles, from gentle Swedish massage to firm deep tissue and trigger point work. The guide gives its main aims for back pain as looser muscles, better circulation and relief from long-lasting pain, along with relaxation, and says a qualified, experienced therapist helps most. Which style fits depends on where and how much it hurts, your health and what you want from the session. NICE suggests massage for low back pain only alongside exercise.',
    cautions: [],
    sections: ['benefits-of-massage', 'different-techniques', 'conclusion'],
    sources: [NICE_LOW_BACK_PAIN, NHS_BACK_PAIN, US_911, EU_112],
    notes: [MASSAGE_WITH_EXERCISE_NOTE, URGENT_SIGNS_NOTE],
    related: ['swedish-massage', 'deep-tissue-massage', 'trigger-point-therapy', 'massage-therapist'],
  },
];

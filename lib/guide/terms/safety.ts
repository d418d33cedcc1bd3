import type { Term } from '@/lib/guide/schema';
import {
  MEDLINEPLUS_BLEEDING_DISORDERS,
  NHS_CAUDA_EQUINA,
  NHS_FIBROMYALGIA,
  NHS_OSTEOPOROSIS,
  NHS_RHEUMATOID_ARTHRITIS,
} from '@/lib/guide/sources';

/** Conditions with which the guide says to ask a healthcare provider before certain techniques. */
export const SAFETY_TERMS: readonly Term[] = [
  {
    id: 'blood-clotting-disorder',
    name: 'Blood clotting disorder',
    category: 'safety',
    forms: [
      { text: 'blood clotting disorder', context: 'unambiguous' },
      { text: 'blood clotting disorders', context: 'unambiguous' },
      { text: 'clotting disorder', context: 'unambiguous' },
      { text: 'clotting disorders', context: 'unambiguous' },
      { text: 'coagulation disorder', context: 'unambiguous' },
      { text: 'coagulation disorders', context: 'unambiguous' },
      { text: 'bleeding disorder', context: 'unambiguous' },
      { text: 'bleeding disorders', context: 'unambiguous' },
    ],
    summary:
      'A condition in which blood does not clot normally. Ask your healthcare provider before having deep tissue massage.',
    details:
      'Blood clots when the body needs it to stop bleeding. In a clotting disorder that process does not work as it should, so a person may bleed or bruise too easily. The guide asks people with a clotting disorder to check with their healthcare provider before deep tissue massage, whose firm pressure goes deep.',
    cautions: ['Ask your healthcare provider before deep tissue massage.'],
    sections: ['deep-tissue-suitability'],
    sources: [MEDLINEPLUS_BLEEDING_DISORDERS],
    related: ['deep-tissue-massage', 'healthcare-provider'],
  },
  {
    id: 'osteoporosis',
    name: 'Osteoporosis',
    category: 'safety',
    forms: [
      { text: 'osteoporosis', context: 'unambiguous' },
      { text: 'osteoporotic', context: 'unambiguous' },
      { text: 'brittle bones', context: 'unambiguous' },
    ],
    summary:
      'A condition that weakens bones so they break more easily. Ask your healthcare provider before having deep tissue massage.',
    details:
      'Osteoporosis makes bones thinner and more fragile. Because deep tissue massage uses firm, deep pressure, the guide asks people with osteoporosis to check with their healthcare provider before booking it.',
    cautions: ['Ask your healthcare provider before deep tissue massage.'],
    sections: ['deep-tissue-suitability'],
    sources: [NHS_OSTEOPOROSIS],
    related: ['deep-tissue-massage', 'healthcare-provider'],
  },
  {
    id: 'fibromyalgia',
    name: 'Fibromyalgia',
    category: 'safety',
    forms: [
      { text: 'fibromyalgia', context: 'unambiguous' },
      { text: 'fibromyalgia syndrome', context: 'unambiguous' },
    ],
    summary:
      'A long-term condition that causes pain all over the body. Ask your healthcare provider before having trigger point therapy.',
    details:
      'Fibromyalgia brings widespread pain and often tiredness. The guide asks people who have it to speak to their healthcare provider before trigger point therapy; targeted pressure also suits pain in one spot better than pain spread across the body.',
    cautions: ['Ask your healthcare provider before trigger point therapy.'],
    sections: ['trigger-point-suitability'],
    sources: [NHS_FIBROMYALGIA],
    related: ['trigger-point-therapy', 'widespread-pain', 'healthcare-provider'],
  },
  {
    id: 'rheumatoid-arthritis',
    name: 'Rheumatoid arthritis',
    category: 'safety',
    forms: [
      { text: 'rheumatoid arthritis', context: 'unambiguous' },
      { text: 'rheumatoid', context: 'unambiguous' },
    ],
    summary:
      'A long-term condition causing pain, swelling and stiffness in the joints. Ask your healthcare provider before having trigger point therapy.',
    details:
      'In rheumatoid arthritis the immune system attacks the lining of the joints, making them painful, swollen and stiff. The guide asks people with it to check with their healthcare provider before trigger point therapy.',
    cautions: ['Ask your healthcare provider before trigger point therapy.'],
    sections: ['trigger-point-suitability'],
    sources: [NHS_RHEUMATOID_ARTHRITIS],
    related: ['trigger-point-therapy', 'healthcare-provider'],
  },
  {
    id: 'cauda-equina-syndrome',
    name: 'Cauda equina syndrome',
    category: 'safety',
    forms: [
      { text: 'cauda equina syndrome', context: 'unambiguous' },
      { text: 'cauda equina', context: 'unambiguous' },
    ],
    summary:
      'A rare emergency in which the nerves at the bottom of the spine are squeezed. It needs hospital care straight away, not massage.',
    details:
      'Warning signs include numbness around the genitals or bottom, trouble peeing or loss of bladder or bowel control, and weakness or numbness in both legs. The guide does not cover it; it is included so the warning signs are easy to find. If you notice them, get emergency care at once (in the UK, 999 or A&E).',
    cautions: ['Get emergency medical help; do not book a massage.'],
    sections: ['understanding-back-pain'],
    sources: [NHS_CAUDA_EQUINA],
    related: ['sciatica', 'herniated-disc'],
  },
];

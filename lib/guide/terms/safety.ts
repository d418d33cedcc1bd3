import type { Term } from '@/lib/guide/schema';
import {
  EU_112,
  MEDLINEPLUS_BLEEDING_DISORDERS,
  MEDLINEPLUS_BLOOD_CLOTS,
  MEDLINEPLUS_BLOOD_THINNERS,
  NHS_BACK_PAIN,
  NHS_FIBROMYALGIA,
  NHS_OSTEOPOROSIS,
  NHS_RHEUMATOID_ARTHRITIS,
  NHS_SCIATICA,
  NCCIH_MASSAGE,
  NHS_SPRAINS_AND_STRAINS,
  US_911,
} from '@/lib/guide/sources';
import { EMERGENCY_CALL, FRESH_INJURY_NOTE } from './notes';

/**
 * Conditions with which the guide says to ask a healthcare provider before certain techniques, and
 * two cautions from public health sources: a fresh strain or sprain, and cauda equina syndrome.
 */
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
      { text: 'hypercoagulability', context: 'unambiguous' },
    ],
    summary:
      'The guide asks anyone with a blood clotting disorder to check with their healthcare provider before deep tissue massage, and to tell the therapist about any medicines they take.',
    details:
      'The guide asks people with a clotting disorder to check with their healthcare provider before deep tissue massage, whose firm pressure goes deep, and asks everyone to tell the therapist about their medicines. MedlinePlus describes problems both ways: in a bleeding disorder blood does not clot well enough, while other conditions make it clot too much. Blood thinners are medicines that stop clots forming, and a bleeding disorder can be a side effect of them.',
    cautions: [
      'Ask your healthcare provider before deep tissue massage.',
      'Tell your therapist about the medicines you take.',
    ],
    sections: ['deep-tissue-suitability', 'medical-history'],
    sources: [MEDLINEPLUS_BLEEDING_DISORDERS, MEDLINEPLUS_BLOOD_CLOTS, MEDLINEPLUS_BLOOD_THINNERS, NCCIH_MASSAGE],
    notes: [
      {
        text: 'Clotting can go wrong both ways: in a bleeding disorder blood does not clot well enough, and in other conditions it clots too much.',
        sources: [MEDLINEPLUS_BLEEDING_DISORDERS, MEDLINEPLUS_BLOOD_CLOTS],
      },
      {
        text: 'Blood thinners are medicines that stop clots forming; a bleeding disorder can be a side effect of them.',
        sources: [MEDLINEPLUS_BLEEDING_DISORDERS, MEDLINEPLUS_BLOOD_THINNERS],
      },
      {
        text: 'NCCIH says people with a bleeding disorder or low platelet counts, and people taking blood thinners, should avoid forceful and deep tissue massage.',
        sources: [NCCIH_MASSAGE],
      },
    ],
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
      'The guide asks anyone with osteoporosis to check with their healthcare provider before deep tissue massage, whose pressure is firm and deep.',
    details:
      'The NHS describes osteoporosis as a condition that makes bones weaker and more fragile, so they break more easily. Because deep tissue massage uses firm, deep pressure, the guide asks people with osteoporosis to check with their healthcare provider before booking it.',
    cautions: ['Ask your healthcare provider before deep tissue massage.'],
    sections: ['deep-tissue-suitability'],
    sources: [NHS_OSTEOPOROSIS],
    notes: [
      {
        text: 'Osteoporosis makes bones weaker and more fragile, so they break more easily.',
        sources: [NHS_OSTEOPOROSIS],
      },
    ],
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
      'The guide asks anyone with fibromyalgia to check with their healthcare provider before trigger point therapy, which also suits pain in one spot better than widespread pain.',
    details:
      'The NHS describes fibromyalgia as a long-term condition with pain all over the body, often with tiredness. The guide asks people who have it to speak to their healthcare provider before trigger point therapy; it also says targeted pressure suits pain in one spot better than pain spread across the body.',
    cautions: ['Ask your healthcare provider before trigger point therapy.'],
    sections: ['trigger-point-suitability'],
    sources: [NHS_FIBROMYALGIA],
    notes: [
      {
        text: 'Fibromyalgia is a long-term condition that brings pain all over the body, often with tiredness.',
        sources: [NHS_FIBROMYALGIA],
      },
    ],
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
      'The guide asks anyone with rheumatoid arthritis to check with their healthcare provider before trigger point therapy.',
    details:
      'The NHS explains rheumatoid arthritis as the immune system attacking the lining of the joints, which makes them painful, swollen and stiff. The guide asks people with it to check with their healthcare provider before trigger point therapy.',
    cautions: ['Ask your healthcare provider before trigger point therapy.'],
    sections: ['trigger-point-suitability'],
    sources: [NHS_RHEUMATOID_ARTHRITIS],
    notes: [
      {
        text: 'In rheumatoid arthritis the immune system attacks the lining of the joints, making them painful, swollen and stiff.',
        sources: [NHS_RHEUMATOID_ARTHRITIS],
      },
    ],
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
      'A serious back problem that needs hospital care at once: with back pain, numbness around the genitals or bottom, trouble peeing or weakness in both legs mean calling your local emergency number.',
    details: `The guide does not cover it; it is here so the warning signs are easy to find. The NHS back pain and sciatica pages list them: numbness around the genitals or bottom, trouble peeing or loss of bladder or bowel control, and weakness or numbness in both legs. If you notice them, get emergency care at once, not a massage: ${EMERGENCY_CALL}.`,
    cautions: [],
    sections: [],
    sources: [NHS_BACK_PAIN, NHS_SCIATICA, US_911, EU_112],
    notes: [],
    related: ['sciatica', 'herniated-disc'],
  },
  {
    id: 'strains-and-sprains',
    name: 'Sprains and strains',
    category: 'safety',
    forms: [
      { text: 'sprains and strains', context: 'unambiguous' },
      { text: 'strains and sprains', context: 'unambiguous' },
      { text: 'sprain or strain', context: 'unambiguous' },
      { text: 'strain or sprain', context: 'unambiguous' },
    ],
    summary:
      'An injury to a muscle (a strain) or a ligament (a sprain). The guide names both among the common causes of back pain.',
    details:
      'The guide lists muscle strains and ligament sprains among the common causes of back pain, usually after a sudden movement, heavy lifting or overexertion. For a new one, the NHS advises staying away from heat, alcohol and massage for the first couple of days.',
    cautions: [],
    sections: ['common-causes'],
    sources: [NHS_SPRAINS_AND_STRAINS],
    notes: [FRESH_INJURY_NOTE],
    related: ['muscle-strain', 'ligament-sprain'],
  },
];

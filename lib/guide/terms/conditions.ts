import type { Term } from '@/lib/guide/schema';
import {
  EU_112,
  NHS_BACK_PAIN,
  NHS_SCIATICA,
  NHS_SLIPPED_DISC,
  NHS_SPRAINS_AND_STRAINS,
  US_911,
} from '@/lib/guide/sources';
import { EMERGENCY_CALL, FRESH_INJURY_NOTE, URGENT_SIGNS_NOTE } from './notes';

/** Kinds of back pain and what causes them. */
export const CONDITION_TERMS: readonly Term[] = [
  {
    id: 'back-pain',
    name: 'Back pain',
    category: 'condition',
    forms: [
      { text: 'back pain', context: 'unambiguous' },
      { text: 'backache', context: 'unambiguous' },
      { text: 'backaches', context: 'unambiguous' },
      { text: 'back ache', context: 'unambiguous' },
      { text: 'sore back', context: 'unambiguous' },
      { text: 'bad back', context: 'unambiguous' },
    ],
    summary:
      'Pain anywhere in the back, from a mild ache to severe pain. Very common, and it can make moving, sleeping and daily tasks hard.',
    details:
      'Back pain can affect anyone at any age. The guide sorts its types by where the pain is and how strong it is: lower back, upper back, or running down the leg as sciatica. Common causes are strained muscles, sprained ligaments, a herniated disc and poor posture. Beyond the pain itself it can disturb sleep and, when it lasts, raise stress and lower mood.',
    cautions: [],
    sections: ['understanding-back-pain', 'common-causes', 'types-of-back-pain', 'effects-on-daily-life'],
    sources: [NHS_BACK_PAIN, US_911, EU_112],
    notes: [URGENT_SIGNS_NOTE],
    related: ['lower-back-pain', 'upper-back-pain', 'sciatica', 'chronic-pain'],
  },
  {
    id: 'lower-back-pain',
    name: 'Lower back pain',
    category: 'condition',
    forms: [
      { text: 'lower back pain', context: 'unambiguous' },
      { text: 'lower-back pain', context: 'unambiguous' },
      { text: 'low back pain', context: 'unambiguous' },
      { text: 'lumbar pain', context: 'unambiguous' },
      { text: 'lumbar back pain', context: 'unambiguous' },
      { text: 'lumbago', context: 'unambiguous' },
    ],
    summary:
      'Pain in the lumbar region, the lower part of the back. The most common kind, often from a muscle strain, ligament sprain or herniated disc.',
    details:
      'Lower back pain, also called lumbar pain, is the type the guide calls most common. It is usually linked to a strained muscle, a sprained ligament or a herniated disc.',
    cautions: [],
    sections: ['types-of-back-pain'],
    sources: [],
    notes: [],
    related: ['back-pain', 'muscle-strain', 'ligament-sprain', 'herniated-disc'],
  },
  {
    id: 'upper-back-pain',
    name: 'Upper back pain',
    category: 'condition',
    forms: [
      { text: 'upper back pain', context: 'unambiguous' },
      { text: 'upper-back pain', context: 'unambiguous' },
      { text: 'thoracic pain', context: 'needs-context' },
      { text: 'thoracic back pain', context: 'unambiguous' },
      { text: 'middle back pain', context: 'unambiguous' },
      { text: 'mid back pain', context: 'unambiguous' },
    ],
    summary:
      'Pain in the upper or middle back, the thoracic region. Less common than lower back pain; usually from poor posture or muscle tension.',
    details:
      'Upper back pain, or thoracic pain, is felt between the neck and the lower back. It happens less often than lower back pain and is mostly put down to poor posture or tense muscles.',
    cautions: [],
    sections: ['types-of-back-pain'],
    sources: [],
    notes: [],
    related: ['back-pain', 'poor-posture', 'muscle-tension'],
  },
  {
    id: 'sciatica',
    name: 'Sciatica',
    category: 'condition',
    forms: [
      { text: 'sciatica', context: 'unambiguous' },
      { text: 'sciatic pain', context: 'unambiguous' },
      { text: 'sciatic nerve pain', context: 'unambiguous' },
      { text: 'lumbar radiculopathy', context: 'unambiguous' },
    ],
    summary:
      'Pain that runs from the lower back down a leg. The guide says it can come from a herniated disc pressing on the sciatic nerve.',
    details:
      'Sciatica is named after the nerve involved. The guide explains it as pain running down the leg when a herniated disc presses on the sciatic nerve; the NHS adds that the bottom, legs and feet can also tingle or feel numb.',
    cautions: [],
    sections: ['types-of-back-pain'],
    sources: [NHS_SCIATICA, NHS_BACK_PAIN, US_911, EU_112],
    notes: [
      {
        text: `Sciatica in both legs, numbness around the genitals or bottom, or trouble peeing needs urgent medical help: ${EMERGENCY_CALL}.`,
        sources: [NHS_SCIATICA, NHS_BACK_PAIN, US_911, EU_112],
      },
    ],
    related: ['sciatic-nerve', 'herniated-disc', 'lower-back-pain'],
  },
  {
    id: 'muscle-strain',
    name: 'Muscle strain',
    category: 'condition',
    forms: [
      { text: 'muscle strain', context: 'unambiguous' },
      { text: 'muscle strains', context: 'unambiguous' },
      { text: 'strained muscle', context: 'unambiguous' },
      { text: 'strained muscles', context: 'unambiguous' },
      { text: 'pulled muscle', context: 'unambiguous' },
      { text: 'pulled muscles', context: 'unambiguous' },
      { text: 'back strain', context: 'unambiguous' },
    ],
    summary:
      'An injured muscle. The guide lists muscle strains, often after a sudden movement, heavy lifting or overdoing exercise, among the usual causes of lower back pain.',
    details:
      'The guide says strains tend to follow a sudden movement, lifting something heavy or pushing too hard during activity, and that they are a frequent cause of lower back pain. The NHS calls a strain a muscle that is overstretched or torn, also known as a pulled muscle.',
    cautions: [],
    sections: ['common-causes', 'types-of-back-pain'],
    sources: [NHS_SPRAINS_AND_STRAINS],
    notes: [
      {
        text: 'A strain is a muscle that is overstretched or torn, also called a pulled muscle.',
        sources: [NHS_SPRAINS_AND_STRAINS],
      },
      FRESH_INJURY_NOTE,
    ],
    related: ['ligament-sprain', 'strains-and-sprains', 'lower-back-pain', 'muscle-fibers'],
  },
  {
    id: 'ligament-sprain',
    name: 'Ligament sprain',
    category: 'condition',
    forms: [
      { text: 'ligament sprain', context: 'unambiguous' },
      { text: 'ligament sprains', context: 'unambiguous' },
      { text: 'sprained ligament', context: 'unambiguous' },
      { text: 'sprained ligaments', context: 'unambiguous' },
      { text: 'back sprain', context: 'unambiguous' },
      { text: 'sprain', context: 'unambiguous' },
      { text: 'sprains', context: 'unambiguous' },
    ],
    summary:
      'An injured ligament. Like a muscle strain, the guide says, it often follows a sudden movement, lifting or overexertion, and it is a usual cause of lower back pain.',
    details:
      'A sprain affects a ligament rather than a muscle. The guide gives back sprains much the same triggers as strains (sudden movements, heavy lifting, overdoing it) and counts them among the usual causes of lower back pain. The NHS calls a sprain a ligament that is twisted or torn.',
    cautions: [],
    sections: ['common-causes', 'types-of-back-pain'],
    sources: [NHS_SPRAINS_AND_STRAINS],
    notes: [
      { text: 'A sprain is a ligament that is twisted or torn.', sources: [NHS_SPRAINS_AND_STRAINS] },
      FRESH_INJURY_NOTE,
    ],
    related: ['ligaments', 'muscle-strain', 'strains-and-sprains', 'lower-back-pain'],
  },
  {
    id: 'herniated-disc',
    name: 'Herniated disc',
    category: 'condition',
    forms: [
      { text: 'herniated disc', context: 'unambiguous' },
      { text: 'herniated discs', context: 'unambiguous' },
      { text: 'herniated disk', context: 'unambiguous' },
      { text: 'herniated disks', context: 'unambiguous' },
      { text: 'slipped disc', context: 'unambiguous' },
      { text: 'slipped discs', context: 'unambiguous' },
      { text: 'slipped disk', context: 'unambiguous' },
      { text: 'slipped disks', context: 'unambiguous' },
      { text: 'bulging disc', context: 'unambiguous' },
      { text: 'bulging discs', context: 'unambiguous' },
      { text: 'bulging disk', context: 'unambiguous' },
      { text: 'prolapsed disc', context: 'unambiguous' },
      { text: 'prolapsed disk', context: 'unambiguous' },
      { text: 'ruptured disc', context: 'unambiguous' },
      { text: 'ruptured disk', context: 'unambiguous' },
      { text: 'disc herniation', context: 'unambiguous' },
      { text: 'disk herniation', context: 'unambiguous' },
      { text: 'disc prolapse', context: 'unambiguous' },
    ],
    summary:
      'A disc of the spine that has pushed out of place. The guide names it a common cause of back pain, after an injury or with age-related wear, and a cause of sciatica.',
    details:
      'The guide says a disc can herniate through injury or age-related degeneration, and that a herniated disc pressing on the sciatic nerve causes sciatica. The NHS, which also calls it a slipped or prolapsed disc, says it hurts when it presses on a nerve and usually eases slowly.',
    cautions: [],
    sections: ['common-causes', 'types-of-back-pain'],
    sources: [NHS_SLIPPED_DISC],
    notes: [
      {
        text: 'A slipped disc hurts when it presses on a nerve, and usually eases slowly with rest, gentle exercise and painkillers.',
        sources: [NHS_SLIPPED_DISC],
      },
    ],
    related: ['intervertebral-disc', 'sciatica', 'age-related-degeneration'],
  },
  {
    id: 'poor-posture',
    name: 'Poor posture',
    category: 'condition',
    forms: [
      { text: 'poor posture', context: 'needs-context' },
      { text: 'bad posture', context: 'needs-context' },
      { text: 'posture', context: 'needs-context' },
      { text: 'slouching', context: 'needs-context' },
      { text: 'slouch', context: 'needs-context' },
    ],
    summary:
      'Holding the body badly, such as slouching or sitting for hours. It can add to back pain and is a usual cause of upper back pain.',
    details:
      'Slouching, or sitting for hours at a time, is what the guide means by poor posture. It names poor posture among the common causes of back pain and as a usual cause of upper back pain.',
    cautions: [],
    sections: ['common-causes', 'types-of-back-pain'],
    sources: [],
    notes: [],
    related: ['upper-back-pain', 'muscle-tension'],
  },
  {
    id: 'age-related-degeneration',
    name: 'Age-related degeneration',
    category: 'condition',
    forms: [
      { text: 'age-related degeneration', context: 'unambiguous' },
      { text: 'degenerative disc disease', context: 'unambiguous' },
      { text: 'degenerative disk disease', context: 'unambiguous' },
      { text: 'disc degeneration', context: 'unambiguous' },
      { text: 'disk degeneration', context: 'unambiguous' },
      { text: 'spinal degeneration', context: 'unambiguous' },
      { text: 'wear and tear', context: 'needs-context' },
    ],
    summary:
      'Gradual wear of the spine and its discs with age. The guide names it, with injury, as a cause of herniated discs.',
    details:
      'The guide names age-related degeneration, along with injury, as a reason a disc can herniate; a herniated disc is in turn a common cause of lower back pain and of sciatica.',
    cautions: [],
    sections: ['common-causes'],
    sources: [],
    notes: [],
    related: ['herniated-disc', 'intervertebral-disc'],
  },
  {
    id: 'muscle-imbalance',
    name: 'Muscle imbalance',
    category: 'condition',
    forms: [
      { text: 'muscle imbalance', context: 'unambiguous' },
      { text: 'muscle imbalances', context: 'unambiguous' },
      { text: 'muscular imbalance', context: 'unambiguous' },
      { text: 'muscular imbalances', context: 'unambiguous' },
    ],
    summary:
      'Muscles out of balance with each other. The guide names it among the causes of chronic back pain that massage can work on, and says Shiatsu may suit pain from it.',
    details:
      'The guide names muscle imbalances, with tightness, as underlying causes of chronic back pain that massage can target, and says Shiatsu may help when muscle imbalances or stress lie behind the pain.',
    cautions: [],
    sections: ['relief-from-chronic-pain', 'shiatsu-massage'],
    sources: [],
    notes: [],
    related: ['chronic-pain', 'shiatsu', 'muscle-tension'],
  },
];

import type { Term } from '@/lib/guide/schema';
import { NHS_SCIATICA, NHS_SLIPPED_DISC, NHS_SPRAINS_AND_STRAINS } from '@/lib/guide/sources';

/** Parts of the body (and the meridian map) the guide refers to. */
export const ANATOMY_TERMS: readonly Term[] = [
  {
    id: 'sciatic-nerve',
    name: 'Sciatic nerve',
    category: 'anatomy',
    forms: [
      { text: 'sciatic nerve', context: 'unambiguous' },
      { text: 'sciatic nerves', context: 'unambiguous' },
    ],
    summary:
      'The nerve behind sciatica. The guide says a herniated disc pressing on it can send pain from the back down the leg.',
    details:
      'The guide explains sciatica as pain running down the leg when a herniated disc presses on the sciatic nerve. The NHS describes the nerve as running from the hips to the feet.',
    cautions: [],
    sections: ['types-of-back-pain'],
    sources: [NHS_SCIATICA],
    notes: [
      {
        text: 'It runs from the hips down to the feet. When it is irritated, the bottom, legs and feet can hurt, tingle or feel numb or weak.',
        sources: [NHS_SCIATICA],
      },
    ],
    related: ['sciatica', 'herniated-disc'],
  },
  {
    id: 'fascia',
    name: 'Fascia and connective tissue',
    category: 'anatomy',
    forms: [
      { text: 'fascia', context: 'needs-context' },
      { text: 'fasciae', context: 'unambiguous' },
      { text: 'fascias', context: 'needs-context' },
      { text: 'fascial tissue', context: 'unambiguous' },
      { text: 'myofascial tissue', context: 'unambiguous' },
      { text: 'connective tissue', context: 'unambiguous' },
      { text: 'connective tissues', context: 'unambiguous' },
    ],
    summary:
      'Connective tissue that deep tissue massage sets out to reach: the guide says its slow, firm pressure works on the fascia along with the deeper muscle layers.',
    details:
      'The guide names the fascia, with the deeper layers of muscle and connective tissue, as what deep tissue massage works on: slow, firm pressure that reaches them to release adhesions and break up scar tissue.',
    cautions: [],
    sections: ['deep-tissue-massage', 'deep-tissue-techniques'],
    sources: [],
    notes: [],
    related: ['deep-tissue-massage', 'adhesions', 'scar-tissue'],
  },
  {
    id: 'muscle-fibers',
    name: 'Muscle fibres',
    category: 'anatomy',
    forms: [
      { text: 'muscle fibers', context: 'unambiguous' },
      { text: 'muscle fiber', context: 'unambiguous' },
      { text: 'muscle fibres', context: 'unambiguous' },
      { text: 'muscle fibre', context: 'unambiguous' },
    ],
    summary:
      'The strands a muscle is made of. In the guide, trigger points are tight knots of these fibres, and deep tissue massage aims to lengthen them.',
    details:
      'The guide describes trigger points as tight knots of muscle fibres, which trigger point therapy presses on until the tension lets go. Deep tissue massage, it says, sets out to lengthen the fibres of tight muscles.',
    cautions: [],
    sections: ['trigger-point-therapy', 'deep-tissue-techniques'],
    sources: [],
    notes: [],
    related: ['trigger-points', 'muscle-knots', 'muscle-strain'],
  },
  {
    id: 'intervertebral-disc',
    name: 'Spinal disc',
    category: 'anatomy',
    forms: [
      { text: 'spinal disc', context: 'unambiguous' },
      { text: 'spinal discs', context: 'unambiguous' },
      { text: 'spinal disk', context: 'unambiguous' },
      { text: 'spinal disks', context: 'unambiguous' },
      { text: 'intervertebral disc', context: 'unambiguous' },
      { text: 'intervertebral discs', context: 'unambiguous' },
      { text: 'intervertebral disk', context: 'unambiguous' },
      { text: 'intervertebral disks', context: 'unambiguous' },
      { text: 'vertebral disc', context: 'unambiguous' },
      { text: 'vertebral discs', context: 'unambiguous' },
    ],
    summary:
      'One of the discs of the spine. The guide names a herniated disc, after an injury or with age-related wear, as a common cause of back pain.',
    details:
      'The guide says injury or age-related degeneration can make a disc herniate, and that a herniated disc pressing on the sciatic nerve causes sciatica. The NHS describes each disc as a soft pad of tissue between two bones of the spine.',
    cautions: [],
    sections: ['common-causes', 'types-of-back-pain'],
    sources: [NHS_SLIPPED_DISC],
    notes: [
      {
        text: 'Each disc is a soft pad of tissue that sits between two bones of the spine.',
        sources: [NHS_SLIPPED_DISC],
      },
    ],
    related: ['herniated-disc', 'age-related-degeneration'],
  },
  {
    id: 'ligaments',
    name: 'Ligaments',
    category: 'anatomy',
    forms: [
      { text: 'ligament', context: 'unambiguous' },
      { text: 'ligaments', context: 'unambiguous' },
    ],
    summary:
      'The tissue a sprain hurts. The guide lists ligament sprains, often after a sudden movement, heavy lifting or overdoing it, among the common causes of back pain.',
    details:
      'The guide names ligament sprains with muscle strains as usual causes of lower back pain, brought on by sudden movements, lifting heavy things or overexertion. The NHS calls ligaments the tissue that links the joints, and a sprain a ligament that is twisted or torn.',
    cautions: [],
    sections: ['common-causes'],
    sources: [NHS_SPRAINS_AND_STRAINS],
    notes: [
      {
        text: 'Ligaments are the tissue that links the joints; a sprain is one that is twisted or torn.',
        sources: [NHS_SPRAINS_AND_STRAINS],
      },
    ],
    related: ['ligament-sprain'],
  },
  {
    id: 'meridians',
    name: 'Meridians',
    category: 'anatomy',
    forms: [
      { text: 'meridian', context: 'needs-context' },
      { text: 'meridians', context: 'needs-context' },
      { text: 'energy meridians', context: 'unambiguous' },
      { text: 'energy channels', context: 'needs-context' },
    ],
    summary:
      'Lines along the body through which, in Shiatsu’s tradition, energy is said to flow. Acupressure points lie along them.',
    details:
      'Meridians belong to the map of the body that Shiatsu works from. The guide says the practitioner presses acupressure points along them to balance the body’s energy flow and ease pain and tension.',
    cautions: [],
    sections: ['shiatsu-massage'],
    sources: [],
    notes: [],
    related: ['shiatsu', 'acupressure'],
  },
];

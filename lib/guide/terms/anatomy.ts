import type { Term } from '@/lib/guide/schema';
import {
  MEDLINEPLUS_LYMPHATIC_DISEASES,
  NHS_SCIATICA,
  NHS_SLIPPED_DISC,
  NHS_SPRAINS_AND_STRAINS,
} from '@/lib/guide/sources';

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
    summary: 'The large nerve that runs from the lower back down the back of each leg. Pressure on it causes sciatica.',
    details:
      'The sciatic nerve starts from nerve roots in the lower back and travels through the buttock and down each leg to the foot. A herniated disc pressing on it is a common cause of sciatica.',
    cautions: [],
    sections: ['types-of-back-pain'],
    sources: [NHS_SCIATICA],
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
      'The connective tissue that wraps around and between muscles. Deep tissue massage works slowly to reach it along with the deeper muscle layers.',
    details:
      'Below the surface muscles lie deeper layers of muscle and the fascia, a kind of connective tissue. Deep tissue massage uses slow, firm pressure to reach these layers and to free adhesions, where tissue has stuck together.',
    cautions: [],
    sections: ['deep-tissue-massage', 'deep-tissue-techniques'],
    sources: [],
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
      'The long, thin strands a muscle is made of. Trigger points are tight knots of these fibres; deep tissue massage aims to lengthen them.',
    details:
      'Muscles are built from bundles of fibres that shorten and lengthen as you move. When a patch of fibres stays tight it forms a knot or trigger point. Deep tissue massage tries to lengthen tight fibres; trigger point therapy presses on the knots until they let go.',
    cautions: [],
    sections: ['trigger-point-therapy', 'deep-tissue-techniques'],
    sources: [],
    related: ['trigger-points', 'muscle-knots', 'muscle-strain'],
  },
  {
    id: 'lymphatic-system',
    name: 'Lymphatic system',
    category: 'anatomy',
    forms: [
      { text: 'lymphatic system', context: 'unambiguous' },
      { text: 'lymph system', context: 'unambiguous' },
      { text: 'lymphatic vessels', context: 'unambiguous' },
      { text: 'lymph vessels', context: 'unambiguous' },
      { text: 'lymph fluid', context: 'unambiguous' },
      { text: 'lymph', context: 'unambiguous' },
    ],
    summary: 'A network of vessels and nodes that carries a fluid called lymph from the tissues back into the blood.',
    details:
      'The lymphatic system collects extra fluid from the body’s tissues and returns it to the bloodstream. The guide says Swedish massage can help this drainage, which carries away metabolic waste and reduces inflammation.',
    cautions: [],
    sections: ['swedish-benefits'],
    sources: [MEDLINEPLUS_LYMPHATIC_DISEASES],
    related: ['lymphatic-drainage', 'metabolic-waste'],
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
      'A soft cushion of tissue between two bones of the spine. Discs can slip or herniate through injury or with age.',
    details:
      'Discs sit between the vertebrae and cushion them. Injury or gradual wear can make one push out of place (a herniated or slipped disc), which may press on a nerve.',
    cautions: [],
    sections: ['common-causes'],
    sources: [NHS_SLIPPED_DISC],
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
      'Tough bands of tissue that join bones together and hold joints steady. Overstretching one causes a sprain.',
    details:
      'Ligaments link bone to bone. In the back they keep the spine’s joints stable; a sudden twist, a heavy lift or overexertion can overstretch or tear one, which is a sprain.',
    cautions: [],
    sections: ['common-causes'],
    sources: [NHS_SPRAINS_AND_STRAINS],
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
      'Meridians are not structures you can find in an anatomy book; they are part of the map of the body that Shiatsu works from. The practitioner presses acupressure points along them with the aim of balancing the body’s energy flow and easing pain and tension.',
    cautions: [],
    sections: ['shiatsu-massage'],
    sources: [],
    related: ['shiatsu', 'acupressure'],
  },
];

import type { Term } from '@/lib/guide/schema';

/** The strokes and hands-on methods the techniques are built from. */
export const STROKE_TERMS: readonly Term[] = [
  {
    id: 'effleurage',
    name: 'Effleurage',
    category: 'stroke',
    forms: [
      { text: 'effleurage', context: 'unambiguous' },
      { text: 'effleurages', context: 'unambiguous' },
      { text: 'gliding strokes', context: 'needs-context' },
      { text: 'gliding stroke', context: 'needs-context' },
    ],
    summary:
      'Long, smooth gliding strokes along the muscles. A Swedish massage stroke that, the guide says, warms the muscles and helps blood flow.',
    details:
      'In effleurage the therapist’s hands slide in long, even sweeps over the skin. The guide says it warms the muscles up and helps blood circulate; it is one of the four main strokes of a Swedish massage.',
    cautions: [],
    sections: ['swedish-techniques'],
    sources: [],
    notes: [],
    related: ['swedish-massage', 'petrissage', 'blood-circulation'],
  },
  {
    id: 'petrissage',
    name: 'Pétrissage',
    category: 'stroke',
    forms: [
      { text: 'pétrissage', context: 'unambiguous' },
      { text: 'petrissage', context: 'unambiguous' },
      { text: 'pétrissages', context: 'unambiguous' },
    ],
    summary:
      'A kneading stroke in Swedish massage: muscles are lifted, squeezed and rolled to release tension and restore flexibility.',
    details:
      'Pétrissage is the kneading part of a Swedish massage. The therapist grasps and works the muscle, lifting and pressing it much like dough, to ease tension and help the muscle stretch more freely.',
    cautions: [],
    sections: ['swedish-techniques'],
    sources: [],
    notes: [],
    related: ['swedish-massage', 'kneading', 'muscle-tension', 'flexibility'],
  },
  {
    id: 'friction',
    name: 'Friction',
    category: 'stroke',
    forms: [
      { text: 'friction', context: 'needs-context' },
      { text: 'friction massage', context: 'unambiguous' },
      { text: 'friction strokes', context: 'unambiguous' },
      { text: 'friction stroke', context: 'unambiguous' },
    ],
    summary: 'Small circular movements worked into one spot of tension. One of the four Swedish massage strokes.',
    details:
      'In Swedish massage, friction means circular movements that stay on one area rather than gliding along the muscle. The therapist uses it to work into a particular patch of tension, at the light to moderate pressure the guide gives Swedish massage.',
    cautions: [],
    sections: ['swedish-techniques'],
    sources: [],
    notes: [],
    related: ['swedish-massage', 'muscle-tension'],
  },
  {
    id: 'tapotement',
    name: 'Tapotement',
    category: 'stroke',
    forms: [
      { text: 'tapotement', context: 'unambiguous' },
      { text: 'tapotements', context: 'unambiguous' },
    ],
    summary:
      'Light, rhythmic tapping or patting of the muscles. The Swedish massage stroke used to stimulate rather than soothe.',
    details:
      'In tapotement the therapist lightly taps or pats the muscles in a steady rhythm. Its job in a Swedish massage, the guide says, is to stimulate the muscles.',
    cautions: [],
    sections: ['swedish-techniques'],
    sources: [],
    notes: [],
    related: ['swedish-massage', 'effleurage'],
  },
  {
    id: 'kneading',
    name: 'Kneading',
    category: 'stroke',
    forms: [
      { text: 'kneading', context: 'needs-context' },
      { text: 'knead', context: 'needs-context' },
      { text: 'kneads', context: 'needs-context' },
    ],
    summary:
      'Squeezing and rolling a muscle between the hands, as in pétrissage. Part of Swedish massage, used to loosen tight muscles.',
    details:
      'Kneading is the everyday name for pétrissage: the muscle is pressed, lifted and released in turn. Swedish massage mixes it with long strokes and circles to relax the muscles.',
    cautions: [],
    sections: ['different-techniques', 'swedish-techniques'],
    sources: [],
    notes: [],
    related: ['petrissage', 'swedish-massage'],
  },
  {
    id: 'acupressure',
    name: 'Acupressure',
    category: 'stroke',
    forms: [
      { text: 'acupressure', context: 'unambiguous' },
      { text: 'acupressure point', context: 'unambiguous' },
      { text: 'acupressure points', context: 'unambiguous' },
      { text: 'acupoint', context: 'unambiguous' },
      { text: 'acupoints', context: 'unambiguous' },
      { text: 'pressure point', context: 'needs-context' },
      { text: 'pressure points', context: 'needs-context' },
    ],
    summary:
      'Pressing set points on the body with the fingers. Used in Thai massage and Shiatsu, where the points lie along the meridians.',
    details:
      'Acupressure applies pressure, usually with fingers or thumbs, to particular points on the body. Thai massage uses it alongside stretching and compression; Shiatsu presses points along the meridians to ease pain and tension.',
    cautions: [],
    sections: ['thai-massage', 'shiatsu-massage'],
    sources: [],
    notes: [],
    related: ['shiatsu', 'thai-massage', 'meridians'],
  },
  {
    id: 'stretching',
    name: 'Stretching',
    category: 'stroke',
    forms: [
      { text: 'stretching', context: 'needs-context' },
      { text: 'stretches', context: 'needs-context' },
      { text: 'assisted stretching', context: 'unambiguous' },
      { text: 'passive stretching', context: 'unambiguous' },
      { text: 'assisted stretches', context: 'unambiguous' },
    ],
    summary:
      'Lengthening muscles by moving the body into a stretch. Thai massage and Shiatsu both use it to improve flexibility and ease tension.',
    details:
      'In massage the practitioner often moves your limbs and back into a stretch for you. Stretching is a main part of Thai massage and is also used in Shiatsu, with the aim of freeing movement and easing tension.',
    cautions: [],
    sections: ['thai-massage', 'shiatsu-massage'],
    sources: [],
    notes: [],
    related: ['thai-massage', 'shiatsu', 'flexibility'],
  },
  {
    id: 'compression',
    name: 'Compression',
    category: 'stroke',
    forms: [
      { text: 'compression', context: 'needs-context' },
      { text: 'compressions', context: 'needs-context' },
      { text: 'compression massage', context: 'unambiguous' },
    ],
    summary:
      'Pressing into a muscle and holding before letting go. One of the methods Thai massage combines with stretching and acupressure.',
    details:
      'Compression means pressing into a muscle and releasing, rather than sliding over it. Thai massage uses it together with stretching and acupressure as part of a full-body treatment.',
    cautions: [],
    sections: ['thai-massage'],
    sources: [],
    notes: [],
    related: ['thai-massage', 'acupressure'],
  },
];

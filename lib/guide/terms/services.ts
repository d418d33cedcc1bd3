import type { Term } from '@/lib/guide/schema';
import { NCCIH_AROMATHERAPY, NCCIH_CUPPING, NCCIH_MASSAGE } from '@/lib/guide/sources';

/**
 * Services that booking menus offer and the guide does not cover. Each says so first; then what it is,
 * only where a public health source we read describes it (otherwise it says that no such source does);
 * a guide technique only where a cited source draws the likeness (none of these yet); and what to ask.
 * Forms are whole service names, never a lone everyday word ("sports", "chair", "cupping", "release"),
 * so a news page, a furniture shop or release notes stay plain.
 */

const NO_SOURCE = 'no public health source we read describes it, so Relief Lens gives no description';

/** A service no source we read describes: the card says exactly that, and what to ask. */
function undescribed(id: string, name: string, forms: string[], ask: string[], related: string[] = []): Term {
  return {
    id,
    name,
    category: 'technique',
    forms: forms.map((text) => ({ text, context: 'unambiguous' })),
    summary: `The guide does not cover ${name.toLowerCase()}, and ${NO_SOURCE}.`,
    details: `The guide does not cover ${name.toLowerCase()}, and ${NO_SOURCE}. Ask the therapist what it involves before you book.`,
    cautions: [],
    sections: [],
    sources: [],
    notes: [],
    related,
    service: { ask, describedBy: [] },
  };
}

const PRESSURE_QUESTION = 'How firm is the pressure, and can you adjust it as we go?';

export const SERVICE_TERMS: readonly Term[] = [
  {
    id: 'sports-massage',
    name: 'Sports massage',
    category: 'technique',
    forms: [
      { text: 'sports massage', context: 'unambiguous' },
      { text: 'sports massages', context: 'unambiguous' },
      { text: 'sport massage', context: 'unambiguous' },
      { text: 'sports therapy massage', context: 'unambiguous' },
    ],
    summary:
      'The guide does not cover sports massage. NCCIH lists it as one of several styles of massage therapy, without saying how it is done.',
    details:
      'The guide does not cover sports massage. NCCIH names it among the styles of massage therapy, beside Swedish massage, the style most often given in Western countries; it does not describe the pressure or the strokes, so ask.',
    cautions: [],
    sections: [],
    sources: [NCCIH_MASSAGE],
    notes: [],
    related: ['swedish-massage', 'massage-therapy'],
    service: {
      ask: ['What does your sports massage involve for someone with back pain?', PRESSURE_QUESTION],
      describedBy: [NCCIH_MASSAGE],
    },
  },
  {
    id: 'prenatal-massage',
    name: 'Pregnancy massage',
    category: 'technique',
    forms: [
      { text: 'prenatal massage', context: 'unambiguous' },
      { text: 'prenatal massages', context: 'unambiguous' },
      { text: 'pre-natal massage', context: 'unambiguous' },
      { text: 'pregnancy massage', context: 'unambiguous' },
      { text: 'pregnancy massages', context: 'unambiguous' },
      { text: 'antenatal massage', context: 'unambiguous' },
      { text: 'maternity massage', context: 'unambiguous' },
    ],
    summary: `The guide does not cover massage in pregnancy, and ${NO_SOURCE}.`,
    details: `The guide does not cover massage in pregnancy, and ${NO_SOURCE}. NCCIH says to talk with your health care provider before a massage if you are pregnant.`,
    cautions: [],
    sections: [],
    sources: [NCCIH_MASSAGE],
    notes: [
      {
        text: 'If you are pregnant, talk with your health care provider before having a massage.',
        sources: [NCCIH_MASSAGE],
      },
    ],
    related: ['healthcare-provider'],
    service: {
      ask: [
        'Are you trained in massage during pregnancy, and how will I lie on the table?',
        'Which areas and oils do you avoid during pregnancy?',
      ],
      describedBy: [],
    },
  },
  undescribed(
    'myofascial-release',
    'Myofascial release',
    ['myofascial release', 'myofascial release therapy', 'myofascial massage'],
    ['What do you do in a myofascial release session, and is it hands-on massage?', PRESSURE_QUESTION],
    ['fascia'],
  ),
  undescribed(
    'reflexology',
    'Reflexology',
    ['reflexology', 'foot reflexology', 'reflexology massage', 'reflexology treatment'],
    ['Which parts of the body do you work on in reflexology, and does it include my back?'],
  ),
  {
    id: 'cupping-therapy',
    name: 'Cupping therapy',
    category: 'technique',
    forms: [
      { text: 'cupping therapy', context: 'unambiguous' },
      { text: 'cupping massage', context: 'unambiguous' },
      { text: 'cupping treatment', context: 'unambiguous' },
      { text: 'massage cupping', context: 'unambiguous' },
      { text: 'dry cupping', context: 'unambiguous' },
      { text: 'wet cupping', context: 'unambiguous' },
    ],
    summary:
      'The guide does not cover cupping. NCCIH describes it as cups of glass, ceramic, bamboo or plastic that draw the skin up by suction.',
    details:
      'The guide does not cover cupping. NCCIH describes it as a traditional practice in which cups create suction on the skin; in wet cupping the skin is also pierced. It leaves marks for a while and has been linked to lasting skin colour changes, scars and infections. NCCIH finds the research on pain mostly weak.',
    cautions: [],
    sections: [],
    sources: [NCCIH_CUPPING],
    notes: [
      {
        text: 'Cupping leaves marks on the skin for a while, and has been linked to lasting discoloration, scars and infections. Evidence that it eases pain is not strong.',
        sources: [NCCIH_CUPPING],
      },
    ],
    related: [],
    service: {
      ask: ['Is this dry or wet cupping, and is it combined with massage?', PRESSURE_QUESTION],
      describedBy: [NCCIH_CUPPING],
    },
  },
  undescribed(
    'manual-lymphatic-drainage',
    'Manual lymphatic drainage',
    ['manual lymphatic drainage', 'lymphatic drainage massage', 'lymphatic massage', 'MLD massage'],
    ['Is your lymphatic drainage a medical treatment or a spa massage, and what training do you have for it?'],
    ['lymphatic-drainage'],
  ),
  undescribed(
    'chair-massage',
    'Chair massage',
    ['chair massage', 'chair massages', 'seated massage', 'seated chair massage', 'on-site chair massage'],
    ['Which areas does the chair massage cover, and can you avoid the sore part of my back?', PRESSURE_QUESTION],
  ),
  {
    id: 'aromatherapy-massage',
    name: 'Aromatherapy massage',
    category: 'technique',
    forms: [
      { text: 'aromatherapy massage', context: 'unambiguous' },
      { text: 'aromatherapy massages', context: 'unambiguous' },
      { text: 'aroma massage', context: 'unambiguous' },
      { text: 'aromatherapy', context: 'needs-context' },
    ],
    summary:
      'The guide does not cover aromatherapy. NCCIH describes it as using plant essential oils, breathed in or put on the skin diluted, sometimes as part of a massage.',
    details:
      'The guide does not cover aromatherapy massage. NCCIH describes aromatherapy as the use of essential oils from flowers, herbs or trees, breathed in or diluted on the skin, and says it is sometimes added to massage therapy. It does not say what kind of massage goes with it, so ask.',
    cautions: [],
    sections: [],
    sources: [NCCIH_AROMATHERAPY],
    notes: [],
    related: [],
    service: {
      ask: ['Which massage style and oils do you use in the aromatherapy massage?', PRESSURE_QUESTION],
      describedBy: [NCCIH_AROMATHERAPY],
    },
  },
  undescribed(
    'craniosacral-therapy',
    'Craniosacral therapy',
    ['craniosacral therapy', 'cranio-sacral therapy', 'craniosacral massage', 'craniosacral'],
    ['What happens in a craniosacral session, and what is it meant to do for back pain?'],
  ),
  undescribed(
    'couples-massage',
    'Couples massage',
    ['couples massage', 'couples massages', "couple's massage", "couples' massage"],
    ['Which massage style does each of us get, and can mine be adjusted for my back?', PRESSURE_QUESTION],
  ),
  undescribed(
    'relaxation-massage',
    'Relaxation massage',
    ['relaxation massage', 'relaxation massages', 'relax massage'],
    ['Is your relaxation massage a Swedish massage, or another style?', PRESSURE_QUESTION],
    ['swedish-massage', 'relaxation'],
  ),
  {
    id: 'deep-pressure-massage',
    name: 'Deep pressure massage',
    category: 'technique',
    forms: [
      { text: 'deep pressure massage', context: 'unambiguous' },
      { text: 'deep pressure massages', context: 'unambiguous' },
      { text: 'firm pressure massage', context: 'unambiguous' },
    ],
    summary: `The guide does not cover deep pressure massage by that name, and ${NO_SOURCE}.`,
    details: `The guide does not cover deep pressure massage by that name, and ${NO_SOURCE}. Ask whether it is deep tissue massage, which the guide does cover.`,
    cautions: [],
    sections: [],
    sources: [NCCIH_MASSAGE],
    notes: [
      {
        text: 'People with bleeding disorders or low platelet counts, or who take blood thinners, should avoid forceful, deep massage.',
        sources: [NCCIH_MASSAGE],
      },
    ],
    related: ['deep-tissue-massage'],
    service: {
      ask: ['Is your deep pressure massage the same as deep tissue massage?', PRESSURE_QUESTION],
      describedBy: [],
    },
  },
];

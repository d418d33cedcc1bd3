import type { Note, Term } from '@/lib/guide/schema';
import { AMTA_ANNUAL_REPORT, AMTA_PORTABILITY, NCBTMB_BYLAWS } from '@/lib/guide/sources';

/** What the two bodies the guide names are, and where a licence comes from: three different things. */
const CREDENTIALS_NOTE: Note = {
  text: 'In the US a licence to practise comes from the state; the NCBTMB certifies therapists; the AMTA is a membership association.',
  sources: [AMTA_PORTABILITY, NCBTMB_BYLAWS, AMTA_ANNUAL_REPORT],
};

/** Who gives the massage, their credentials, and who to ask first. */
export const PRACTITIONER_TERMS: readonly Term[] = [
  {
    id: 'massage-therapist',
    name: 'Massage therapist',
    category: 'practitioner',
    forms: [
      { text: 'massage therapist', context: 'unambiguous' },
      { text: 'massage therapists', context: 'unambiguous' },
      { text: 'licensed massage therapist', context: 'unambiguous' },
      { text: 'licensed massage therapists', context: 'unambiguous' },
      { text: 'registered massage therapist', context: 'unambiguous' },
      { text: 'massage practitioner', context: 'unambiguous' },
      { text: 'massage practitioners', context: 'unambiguous' },
      { text: 'masseuse', context: 'unambiguous' },
      { text: 'masseur', context: 'unambiguous' },
      { text: 'masseurs', context: 'unambiguous' },
      { text: 'masseuses', context: 'unambiguous' },
    ],
    summary:
      'A trained professional who gives massage. For back pain, the guide says to look for one who is licensed or certified and has treated back pain before.',
    details:
      'The guide advises a therapist who is licensed or certified (it names the NCBTMB and the AMTA), has a track record with back pain and knows which techniques suit which problem. Ask friends, family or your healthcare provider for names, and read reviews. Before the session, share your health history and goals; during it, say if the pressure is wrong.',
    cautions: [],
    sections: [
      'choosing-a-therapist',
      'qualifications-and-certifications',
      'experience-and-expertise',
      'referrals-and-recommendations',
      'communicating-needs',
    ],
    sources: [AMTA_PORTABILITY, NCBTMB_BYLAWS, AMTA_ANNUAL_REPORT],
    notes: [CREDENTIALS_NOTE],
    related: ['ncbtmb', 'amta', 'healthcare-provider'],
  },
  {
    id: 'ncbtmb',
    name: 'NCBTMB',
    category: 'practitioner',
    forms: [
      { text: 'NCBTMB', context: 'unambiguous' },
      { text: 'National Certification Board for Therapeutic Massage & Bodywork', context: 'unambiguous' },
    ],
    summary:
      'The National Certification Board for Therapeutic Massage & Bodywork, one of the two organisations the guide names when it says to check a therapist’s credentials.',
    details:
      'The guide names NCBTMB certification as a credential to look for: it says certification shows a therapist has been properly trained and meets standards for safety and professionalism. The NCBTMB describes itself as a private, non-profit credentialing organisation in the United States.',
    cautions: [],
    sections: ['qualifications-and-certifications'],
    sources: [NCBTMB_BYLAWS],
    notes: [
      {
        text: 'The NCBTMB is a private, non-profit US credentialing body: it certifies therapists.',
        sources: [NCBTMB_BYLAWS],
      },
    ],
    related: ['amta', 'massage-therapist'],
  },
  {
    id: 'amta',
    name: 'AMTA',
    category: 'practitioner',
    forms: [
      { text: 'AMTA', context: 'unambiguous' },
      { text: 'American Massage Therapy Association', context: 'unambiguous' },
    ],
    summary:
      'The American Massage Therapy Association, which the guide lists with the NCBTMB when it says to check a therapist’s credentials.',
    details:
      'The guide lists the AMTA alongside the NCBTMB as a reputable organisation to look for when checking a therapist’s credentials. The AMTA is a non-profit association that massage therapists join as members; in the United States, licences to practise are set by each state.',
    cautions: [],
    sections: ['qualifications-and-certifications'],
    sources: [AMTA_ANNUAL_REPORT, AMTA_PORTABILITY],
    notes: [
      {
        text: 'The AMTA is a non-profit association that therapists join as members; a licence to practise comes from the state.',
        sources: [AMTA_ANNUAL_REPORT, AMTA_PORTABILITY],
      },
    ],
    related: ['ncbtmb', 'massage-therapist'],
  },
  {
    id: 'healthcare-provider',
    name: 'Healthcare provider',
    category: 'practitioner',
    forms: [
      { text: 'healthcare provider', context: 'needs-context' },
      { text: 'healthcare providers', context: 'needs-context' },
      { text: 'health care provider', context: 'needs-context' },
      { text: 'health care providers', context: 'needs-context' },
      { text: 'healthcare professional', context: 'needs-context' },
      { text: 'healthcare professionals', context: 'needs-context' },
      { text: 'health care professional', context: 'needs-context' },
      { text: 'health care professionals', context: 'needs-context' },
    ],
    summary:
      'The guide says to check with yours before deep tissue massage if you have a blood clotting disorder or osteoporosis, and before trigger point therapy with fibromyalgia or rheumatoid arthritis.',
    details:
      'The guide says to check with a healthcare provider before deep tissue massage if you have a blood clotting disorder or osteoporosis, and before trigger point therapy if you have fibromyalgia or rheumatoid arthritis. They can also recommend a massage therapist.',
    cautions: [],
    sections: ['deep-tissue-suitability', 'trigger-point-suitability', 'referrals-and-recommendations'],
    sources: [],
    notes: [],
    related: ['blood-clotting-disorder', 'osteoporosis', 'fibromyalgia', 'rheumatoid-arthritis'],
  },
];

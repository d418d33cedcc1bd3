import type { Term } from '@/lib/guide/schema';
import { AMTA_SITE, NCBTMB_SITE } from '@/lib/guide/sources';

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
      'A trained professional who gives massage. For back pain, look for one who is licensed or certified and has treated back pain before.',
    details:
      'A good choice is licensed or certified by a recognised body such as the NCBTMB or AMTA, has a track record with back pain and knows which techniques suit which problem. Ask friends, family or your healthcare provider for names, and read reviews. Before the session, share your health history and goals; during it, say if the pressure is wrong.',
    cautions: [],
    sections: [
      'choosing-a-therapist',
      'qualifications-and-certifications',
      'experience-and-expertise',
      'referrals-and-recommendations',
      'communicating-needs',
    ],
    sources: [],
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
      'The National Certification Board for Therapeutic Massage & Bodywork, a US body that certifies massage therapists.',
    details:
      'The guide names NCBTMB certification as one of the credentials to look for: it shows a therapist has been properly trained and meets standards for safety and professionalism. It is a United States organisation; other countries have their own registers.',
    cautions: [],
    sections: ['qualifications-and-certifications'],
    sources: [NCBTMB_SITE],
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
    summary: 'The American Massage Therapy Association, a US professional body for massage therapists.',
    details:
      'The guide lists the AMTA alongside the NCBTMB as a reputable organisation to look for when checking a therapist’s credentials. Like the NCBTMB it is based in the United States.',
    cautions: [],
    sections: ['qualifications-and-certifications'],
    sources: [AMTA_SITE],
    related: ['ncbtmb', 'massage-therapist'],
  },
  {
    id: 'healthcare-provider',
    name: 'Healthcare provider',
    category: 'practitioner',
    forms: [
      { text: 'healthcare provider', context: 'unambiguous' },
      { text: 'healthcare providers', context: 'unambiguous' },
      { text: 'health care provider', context: 'unambiguous' },
      { text: 'health care providers', context: 'unambiguous' },
      { text: 'healthcare professional', context: 'unambiguous' },
      { text: 'healthcare professionals', context: 'unambiguous' },
      { text: 'health care professional', context: 'unambiguous' },
      { text: 'health care professionals', context: 'unambiguous' },
    ],
    summary:
      'Your doctor or another professional who looks after your health. Ask them before massage if you have a condition the guide flags.',
    details:
      'The guide says to check with a healthcare provider before deep tissue massage if you have a blood clotting disorder or osteoporosis, and before trigger point therapy if you have fibromyalgia or rheumatoid arthritis. They can also recommend a massage therapist.',
    cautions: [],
    sections: ['deep-tissue-suitability', 'trigger-point-suitability', 'referrals-and-recommendations'],
    sources: [],
    related: ['blood-clotting-disorder', 'osteoporosis', 'fibromyalgia', 'rheumatoid-arthritis'],
  },
];

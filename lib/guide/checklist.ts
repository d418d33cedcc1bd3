import type { ChecklistItem } from './schema';
import { AMTA_ANNUAL_REPORT, AMTA_PORTABILITY, NCBTMB_BYLAWS } from './sources';

/** What to check and say before booking, drawn from the guide's choosing and preparing sections. */
export const CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'credentials',
    title: 'Check their credentials',
    why: 'The guide asks for a therapist who is licensed or certified, naming the NCBTMB and the AMTA. These are different things: in the US a licence comes from the state, the NCBTMB certifies therapists, and the AMTA is a membership association.',
    question: 'Are you licensed to practise here, and do you hold a certification, such as the NCBTMB’s?',
    sections: ['choosing-a-therapist', 'qualifications-and-certifications'],
    sources: [AMTA_PORTABILITY, NCBTMB_BYLAWS, AMTA_ANNUAL_REPORT],
  },
  {
    id: 'back-pain-experience',
    title: 'Ask about experience with back pain',
    why: 'A therapist who often treats back pain knows which techniques fit which problem and can tailor the session.',
    question: 'How often do you treat people with back pain, and which techniques do you use for it?',
    sections: ['experience-and-expertise'],
    sources: [],
  },
  {
    id: 'referrals',
    title: 'Get referrals and read reviews',
    why: 'Friends, family or your healthcare provider may know a good therapist first-hand; reviews add more views.',
    question: 'Can you recommend a massage therapist who has helped you with back pain?',
    sections: ['referrals-and-recommendations'],
    sources: [],
  },
  {
    id: 'medical-history',
    title: 'Share your health history',
    why: 'Past injuries, surgeries, long-term conditions, medicines and current treatments help the therapist keep the massage safe and suited to you.',
    question:
      'Before we start, may I tell you about my injuries, surgeries, health conditions and the medicines I take?',
    sections: ['preparing-for-a-massage', 'medical-history'],
    sources: [],
  },
  {
    id: 'goals',
    title: 'Say where it hurts and what you hope for',
    why: 'Naming the sore areas and your aim (less pain, more flexibility or simply relaxing) lets the therapist choose techniques and focus.',
    question:
      'The pain is mostly in my [area]; my main goal is [less pain / more flexibility / relaxation]. How would you approach that?',
    sections: ['setting-goals'],
    sources: [],
  },
  {
    id: 'pressure',
    title: 'Speak up about pressure',
    why: 'Only you can feel whether the pressure is right. Say so if it is too much or painful, and ask for more if it is too light.',
    question: 'Could you go lighter here? / Could you use a little more pressure?',
    sections: ['communicating-needs'],
    sources: [],
  },
];

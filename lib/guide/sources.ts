import type { Source } from './schema';

/**
 * The outside pages the entries cite, named once so every entry cites them alike. Each was read on
 * `checked` against every entry that cites it; change an entry's text and read its sources again.
 */
const CHECKED = '2026-12-01';

export const NHS_BACK_PAIN: Source = {
  publisher: 'NHS',
  title: 'Back pain',
  url: 'https://www.nhs.uk/conditions/back-pain/',
  checked: CHECKED,
};
export const NHS_SCIATICA: Source = {
  publisher: 'NHS',
  title: 'Sciatica',
  url: 'https://www.nhs.uk/conditions/sciatica/',
  checked: CHECKED,
};
export const NHS_SLIPPED_DISC: Source = {
  publisher: 'NHS',
  title: 'Slipped disc',
  url: 'https://www.nhs.uk/conditions/slipped-disc/',
  checked: CHECKED,
};
export const NHS_SPRAINS_AND_STRAINS: Source = {
  publisher: 'NHS',
  title: 'Sprains and strains',
  url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  checked: CHECKED,
};
export const NHS_OSTEOPOROSIS: Source = {
  publisher: 'NHS',
  title: 'Osteoporosis',
  url: 'https://www.nhs.uk/conditions/osteoporosis/',
  checked: CHECKED,
};
export const NHS_FIBROMYALGIA: Source = {
  publisher: 'NHS',
  title: 'Fibromyalgia',
  url: 'https://www.nhs.uk/conditions/fibromyalgia/',
  checked: CHECKED,
};
export const NHS_RHEUMATOID_ARTHRITIS: Source = {
  publisher: 'NHS',
  title: 'Rheumatoid arthritis',
  url: 'https://www.nhs.uk/conditions/rheumatoid-arthritis/',
  checked: CHECKED,
};
/** NICE's guideline on low back pain (NG59): massage only as part of a treatment package that includes exercise. */
export const NICE_LOW_BACK_PAIN: Source = {
  publisher: 'NICE',
  title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
  url: 'https://www.nice.org.uk/guidance/ng59',
  checked: CHECKED,
};
/** NHS Gloucestershire's pathway for GPs: the red flags for spinal conditions, a past cancer among them. */
export const NHS_GCARE_SPINAL_RED_FLAGS: Source = {
  publisher: 'NHS',
  title: 'G-Care (NHS Gloucestershire): Red flags for spinal conditions',
  url: 'https://g-care.glos.nhs.uk/pathway/72/resource/3',
  checked: CHECKED,
};
export const MEDLINEPLUS_PAIN: Source = {
  publisher: 'MedlinePlus',
  title: 'Pain',
  url: 'https://medlineplus.gov/pain.html',
  checked: CHECKED,
};
export const MEDLINEPLUS_CHRONIC_PAIN: Source = {
  publisher: 'MedlinePlus',
  title: 'Chronic Pain',
  url: 'https://medlineplus.gov/chronicpain.html',
  checked: CHECKED,
};
export const MEDLINEPLUS_BLEEDING_DISORDERS: Source = {
  publisher: 'MedlinePlus',
  title: 'Bleeding Disorders',
  url: 'https://medlineplus.gov/bleedingdisorders.html',
  checked: CHECKED,
};
export const MEDLINEPLUS_BLOOD_CLOTS: Source = {
  publisher: 'MedlinePlus',
  title: 'Blood Clots',
  url: 'https://medlineplus.gov/bloodclots.html',
  checked: CHECKED,
};
export const MEDLINEPLUS_BLOOD_THINNERS: Source = {
  publisher: 'MedlinePlus',
  title: 'Blood Thinners',
  url: 'https://medlineplus.gov/bloodthinners.html',
  checked: CHECKED,
};
/** The credentialing bodies the guide names, on what each one is; not health advice. */
export const NCBTMB_BYLAWS: Source = {
  publisher: 'NCBTMB',
  title: 'Bylaws',
  url: 'https://ncbtmb.org/bylaws/',
  checked: CHECKED,
};
export const AMTA_ANNUAL_REPORT: Source = {
  publisher: 'AMTA',
  title: '2023 - 2024 Annual Report',
  url: 'https://amtamassage.org/about/annual-report',
  checked: CHECKED,
};
export const AMTA_PORTABILITY: Source = {
  publisher: 'AMTA',
  title: 'Position Statement: Portability',
  url: 'https://www.amtamassage.org/approved_position_statements/Portability.html',
  checked: CHECKED,
};

// What the checker says about pregnancy, blood thinners and emergency numbers outside the UK. The
// stored copies read for these are on other sites, named in each entry; the link is the publisher's.

/**
 * NCCIH on massage: pregnant women should talk with a provider first; people with bleeding disorders,
 * low platelets or on anticoagulants should avoid forceful and deep tissue massage. Read in a copy of
 * the page on massage.megatopx.com, and in a fact sheet of NCCIH's on scribd.com (the styles: Swedish
 * or classical massage the most common in the West; sports massage among the others).
 */
export const NCCIH_MASSAGE: Source = {
  publisher: 'NCCIH',
  title: 'Massage Therapy: What You Need To Know',
  url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
  checked: '2026-12-08',
};
/**
 * The US National 911 Program: in an emergency, call 911 or your local emergency number. Read as quoted
 * "from 911.gov" on US town sites (skowhegan.org, falmouthma.gov).
 */
export const US_911: Source = {
  publisher: 'National 911 Program',
  title: 'When should I call 911?',
  url: 'https://www.911.gov/',
  checked: '2026-12-08',
};
/**
 * The European Commission: 112 reaches the emergency services anywhere in the EU, free. Read in the
 * Commission's notice "Need help? Dial 112" as republished by news.lt.
 */
export const EU_112: Source = {
  publisher: 'European Commission',
  title: 'Need help? Dial 112',
  url: 'https://digital-strategy.ec.europa.eu/en/policies/112',
  checked: '2026-12-08',
};

/** Every source above, in the order the guide page lists them. */
export const SOURCES: readonly Source[] = [
  NHS_BACK_PAIN,
  NHS_SCIATICA,
  NHS_SLIPPED_DISC,
  NHS_SPRAINS_AND_STRAINS,
  NHS_OSTEOPOROSIS,
  NHS_FIBROMYALGIA,
  NHS_RHEUMATOID_ARTHRITIS,
  NHS_GCARE_SPINAL_RED_FLAGS,
  NICE_LOW_BACK_PAIN,
  MEDLINEPLUS_PAIN,
  MEDLINEPLUS_CHRONIC_PAIN,
  MEDLINEPLUS_BLEEDING_DISORDERS,
  MEDLINEPLUS_BLOOD_CLOTS,
  MEDLINEPLUS_BLOOD_THINNERS,
  NCCIH_MASSAGE,
  US_911,
  EU_112,
  NCBTMB_BYLAWS,
  AMTA_ANNUAL_REPORT,
  AMTA_PORTABILITY,
];

/*
 * Booking-menu services the guide does not cover (terms/services.ts). Read on SERVICES_CHECKED in the
 * stored copies named beside each; where that copy is on another site, it says so.
 */
const SERVICES_CHECKED = '2026-12-08';

/** Read in NCCIH's e-mail bulletin "What Is Cupping?" (January 2020), reposted on a blog, whose link leads here. */
export const NCCIH_CUPPING: Source = {
  publisher: 'NCCIH',
  title: 'Cupping',
  url: 'https://www.nccih.nih.gov/health/cupping',
  checked: SERVICES_CHECKED,
};
/** Read in a copy on scribd.com of this page as NCCIH last updated it (January 2020). */
export const NCCIH_AROMATHERAPY: Source = {
  publisher: 'NCCIH',
  title: 'Aromatherapy',
  url: 'https://www.nccih.nih.gov/health/aromatherapy',
  checked: SERVICES_CHECKED,
};
/** The services' sources, in the order the guide page lists them (after SOURCES). */
export const SERVICE_SOURCES: readonly Source[] = [NCCIH_CUPPING, NCCIH_AROMATHERAPY];

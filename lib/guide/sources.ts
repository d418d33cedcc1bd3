import type { Source } from './schema';

/** Public health sources for facts the guide does not give, named once so every entry cites them alike. */
export const NHS_BACK_PAIN: Source = { name: 'NHS: Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' };
export const NHS_CAUDA_EQUINA: Source = {
  name: 'NHS: Cauda equina syndrome',
  url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
};
export const NHS_SCIATICA: Source = { name: 'NHS: Sciatica', url: 'https://www.nhs.uk/conditions/sciatica/' };
export const NHS_SLIPPED_DISC: Source = {
  name: 'NHS: Slipped disc',
  url: 'https://www.nhs.uk/conditions/slipped-disc/',
};
export const NHS_SPRAINS_AND_STRAINS: Source = {
  name: 'NHS: Sprains and strains',
  url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
};
export const NHS_OSTEOPOROSIS: Source = {
  name: 'NHS: Osteoporosis',
  url: 'https://www.nhs.uk/conditions/osteoporosis/',
};
export const NHS_FIBROMYALGIA: Source = {
  name: 'NHS: Fibromyalgia',
  url: 'https://www.nhs.uk/conditions/fibromyalgia/',
};
export const NHS_RHEUMATOID_ARTHRITIS: Source = {
  name: 'NHS: Rheumatoid arthritis',
  url: 'https://www.nhs.uk/conditions/rheumatoid-arthritis/',
};
export const NICE_LOW_BACK_PAIN: Source = {
  name: 'NICE CKS: Back pain - low (without radiculopathy)',
  url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
};
export const NICE_CHRONIC_PAIN: Source = {
  name: 'NICE: Chronic pain (primary and secondary) in over 16s (NG193)',
  url: 'https://www.nice.org.uk/guidance/ng193',
};
export const MEDLINEPLUS_BACK_PAIN: Source = {
  name: 'MedlinePlus: Back Pain',
  url: 'https://medlineplus.gov/backpain.html',
};
export const MEDLINEPLUS_PAIN: Source = { name: 'MedlinePlus: Pain', url: 'https://medlineplus.gov/pain.html' };
export const MEDLINEPLUS_BLEEDING_DISORDERS: Source = {
  name: 'MedlinePlus: Bleeding Disorders',
  url: 'https://medlineplus.gov/bleedingdisorders.html',
};
export const MEDLINEPLUS_LYMPHATIC_DISEASES: Source = {
  name: 'MedlinePlus: Lymphatic Diseases',
  url: 'https://medlineplus.gov/lymphaticdiseases.html',
};
/** The credentialing bodies themselves, for where they work; not health advice. */
export const NCBTMB_SITE: Source = { name: 'NCBTMB', url: 'https://www.ncbtmb.org/' };
export const AMTA_SITE: Source = { name: 'American Massage Therapy Association', url: 'https://www.amtamassage.org/' };

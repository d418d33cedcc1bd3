import { TECHNIQUE_IDS, type TechniqueId } from '@/lib/guide';
import { NCCIH_MASSAGE } from '@/lib/guide/sources';
import { CONDITIONS } from './profile-schema';
import { askFirst, limits, type Rule } from './rule-kit';

type Condition = (typeof CONDITIONS)[number];

/**
 * The conditions where the caution is about firm or deep pressure: the guide's for deep tissue
 * (clotting disorders, osteoporosis), and NCCIH's on forceful and deep massage for bleeding disorders
 * and blood thinners.
 */
export const PRESSURE_RISK_CONDITIONS: readonly Condition[] = [
  'blood-clotting-disorder',
  'blood-thinners',
  'osteoporosis',
];
/** The techniques the guide describes as firm or sustained pressure. */
export const FIRM_TECHNIQUES: readonly TechniqueId[] = ['deep-tissue', 'trigger-point'];

/**
 * The conditions each technique has a rule of its own for below: the guide's own cautions, NCCIH's, or
 * the pressure rule. For every other pair the guide is silent.
 */
const NAMED_CONDITIONS: Record<TechniqueId, readonly Condition[]> = {
  swedish: [],
  'deep-tissue': ['blood-clotting-disorder', 'blood-thinners', 'osteoporosis'],
  'trigger-point': [
    'blood-clotting-disorder',
    'blood-thinners',
    'osteoporosis',
    'fibromyalgia',
    'rheumatoid-arthritis',
  ],
  'hot-stone': [],
  thai: [],
  shiatsu: [],
};

/** The same answer for every technique: no technique has a rule of its own for these. */
const WHOLE_CONDITIONS: readonly Condition[] = ['pregnancy', 'recent-surgery'];

/** What the guide's silence means for each condition, and what to tell the therapist. */
const SILENT_TEXTS: Record<Exclude<Condition, 'pregnancy' | 'recent-surgery'>, string> = {
  'blood-clotting-disorder':
    'The guide does not say whether it suits a clotting or bleeding disorder; tell the therapist about it first.',
  'blood-thinners':
    'The guide does not say whether it suits someone on blood thinners; it asks you to tell the therapist about any medicines you take.',
  osteoporosis: 'The guide does not say whether it suits osteoporosis; tell the therapist about it first.',
  fibromyalgia: 'The guide does not say whether it suits fibromyalgia; tell the therapist about it first.',
  'rheumatoid-arthritis':
    'The guide does not say whether it suits rheumatoid arthritis; tell the therapist about it first.',
};

/**
 * The rules for health conditions beyond the guide's own cautions (which stay with their technique in
 * rules.ts): pressure, pregnancy, recent surgery, and the guide's silence on the rest.
 */
export const CONDITION_RULES: readonly Rule[] = [
  // Pressure: the guide's caution for deep tissue with these conditions is about firm, deep pressure.
  askFirst(
    'deep-tissue',
    { conditions: 'blood-thinners' },
    'medical-history',
    'NCCIH says people on blood thinners should avoid forceful and deep tissue massage: ask your healthcare provider first.',
    { sources: [NCCIH_MASSAGE] },
  ),
  askFirst(
    'trigger-point',
    { conditions: ['blood-clotting-disorder', 'blood-thinners'] },
    'trigger-point-techniques',
    'NCCIH says people with a bleeding disorder or on blood thinners should avoid forceful massage, and this works by firm, held pressure: ask your healthcare provider first.',
    { sources: [NCCIH_MASSAGE] },
  ),
  limits(
    'trigger-point',
    { conditions: 'osteoporosis' },
    'trigger-point-techniques',
    'The guide’s caution about osteoporosis is about firm, deep pressure, and this uses firm, held pressure too. No source we cite rules on it, so it ranks below gentler massage; ask your healthcare provider.',
  ),

  // Pregnancy and recent surgery: the guide asks for your current condition and any surgeries.
  ...TECHNIQUE_IDS.flatMap((technique) => [
    askFirst(
      technique,
      { conditions: 'pregnancy' },
      'medical-history',
      'NCCIH says some pregnant women should not have massage, and to talk with your healthcare provider before one. The guide says nothing on massage in pregnancy.',
      { sources: [NCCIH_MASSAGE] },
    ),
    limits(
      technique,
      { conditions: 'recent-surgery' },
      'medical-history',
      'No source we cite says whether massage suits you after recent surgery. Ask your surgeon or doctor whether it is safe yet, and tell the therapist where and when you had the operation.',
    ),
  ]),

  // Conditions a technique has no rule for: the guide asks everyone to share them first.
  ...TECHNIQUE_IDS.flatMap((technique) =>
    CONDITIONS.filter(
      (condition): condition is keyof typeof SILENT_TEXTS =>
        !NAMED_CONDITIONS[technique].includes(condition) && !WHOLE_CONDITIONS.includes(condition),
    ).map((condition) => limits(technique, { conditions: condition }, 'medical-history', SILENT_TEXTS[condition])),
  ),
];

import { TECHNIQUE_IDS, type SectionId, type TechniqueId } from '@/lib/guide';
import type { AnswerValue } from './answer-phrases';
import type { Profile } from './profile-schema';

/**
 * What a rule does to a technique's verdict:
 * - `fits`: the guide recommends the technique for this answer (good fit, unless a caution applies);
 * - `limits`: the guide points elsewhere or the technique may feel wrong for this answer (possible at best);
 * - `ask-first`: the guide says to ask a healthcare provider first (consult first);
 * - `against`: the guide says it is not recommended or may not suit (not recommended);
 * - `note`: worth knowing, no effect on the verdict.
 */
export const EFFECTS = ['against', 'ask-first', 'limits', 'fits', 'note'] as const;
export type Effect = (typeof EFFECTS)[number];

/** An answer a rule looks for: one value, or any of several. Lists match when they contain one of them. */
export type When = { [K in keyof Profile]?: AnswerValue<K> | readonly AnswerValue<K>[] };

export interface Rule {
  technique: TechniqueId;
  /** Every field listed must match. */
  when: When;
  effect: Effect;
  /** The guide section the rule rests on. */
  section: SectionId;
  /** What the guide says, in our words. */
  text: string;
}

const rule = (technique: TechniqueId, when: When, effect: Effect, section: SectionId, text: string): Rule => ({
  technique,
  when,
  effect,
  section,
  text,
});

/**
 * One rule per statement of the guide. Where the guide says nothing about an answer (for example about
 * hot stone massage and osteoporosis), there is no rule: the checker does not invent cautions.
 */
export const RULES: readonly Rule[] = [
  // Swedish massage
  rule(
    'swedish',
    { pressure: ['light', 'moderate'] },
    'fits',
    'swedish-massage',
    'Swedish massage keeps to light or moderate pressure.',
  ),
  rule(
    'swedish',
    { pressure: 'firm' },
    'limits',
    'swedish-massage',
    'Swedish massage stays light to moderate, so it may feel too gentle for you.',
  ),
  rule(
    'swedish',
    { sensitiveMuscles: true },
    'fits',
    'swedish-suitability',
    'Most people tolerate it well, sore or tender muscles included.',
  ),
  rule(
    'swedish',
    { severity: ['mild', 'moderate'] },
    'fits',
    'swedish-suitability',
    'It is suggested for back pain that is mild to moderate.',
  ),
  rule(
    'swedish',
    { severity: 'severe' },
    'limits',
    'swedish-suitability',
    'With severe pain, deep tissue or trigger point work may help more than Swedish massage.',
  ),
  rule(
    'swedish',
    { causes: 'muscle-tension' },
    'fits',
    'different-techniques',
    'It is known for loosening tense muscles.',
  ),
  rule(
    'swedish',
    { goals: 'relaxation' },
    'fits',
    'swedish-benefits',
    'Its gentle, rhythmic strokes are meant to relax you.',
  ),
  rule(
    'swedish',
    { goals: 'stress-relief' },
    'fits',
    'swedish-suitability',
    'The guide names it for people who want to unwind and ease stress.',
  ),
  rule(
    'swedish',
    { goals: 'pain-relief' },
    'fits',
    'swedish-benefits',
    'It aims to ease back pain by calming tight muscles.',
  ),
  rule(
    'swedish',
    { goals: 'flexibility' },
    'fits',
    'swedish-techniques',
    'Its kneading strokes (pétrissage) help muscles move freely again.',
  ),

  // Deep tissue massage
  rule(
    'deep-tissue',
    { duration: 'chronic' },
    'fits',
    'deep-tissue-suitability',
    'It is meant for long-lasting (chronic) back pain.',
  ),
  rule(
    'deep-tissue',
    { causes: 'muscle-tension' },
    'fits',
    'deep-tissue-suitability',
    'It works on stubborn tension in the deeper muscle layers.',
  ),
  rule(
    'deep-tissue',
    { duration: 'acute' },
    'against',
    'deep-tissue-suitability',
    'It may not suit recent (acute) pain: the deep pressure can hurt.',
  ),
  rule(
    'deep-tissue',
    { severity: 'severe' },
    'against',
    'deep-tissue-suitability',
    'It may not suit severe pain: the deep pressure can hurt.',
  ),
  // The Swedish section points severe pain here, but deep tissue's own section says it may not suit it; both
  // are kept and the caution decides.
  rule(
    'deep-tissue',
    { severity: 'severe' },
    'fits',
    'swedish-suitability',
    'For severe pain the guide points to more focused work such as deep tissue massage.',
  ),
  rule(
    'deep-tissue',
    { conditions: 'blood-clotting-disorder' },
    'ask-first',
    'deep-tissue-suitability',
    'With a blood clotting disorder, ask your healthcare provider before booking it.',
  ),
  rule(
    'deep-tissue',
    { conditions: 'osteoporosis' },
    'ask-first',
    'deep-tissue-suitability',
    'With osteoporosis, ask your healthcare provider before booking it.',
  ),
  rule('deep-tissue', { pressure: 'firm' }, 'fits', 'deep-tissue-techniques', 'It uses slow, firm pressure.'),
  rule(
    'deep-tissue',
    { pressure: 'light' },
    'limits',
    'deep-tissue-techniques',
    'Its firm, deep pressure is much more than a light touch.',
  ),
  rule(
    'deep-tissue',
    { sensitiveMuscles: true },
    'limits',
    'deep-tissue-techniques',
    'It can be uncomfortable during the session; the guide calls Swedish massage the one tender muscles tolerate well.',
  ),
  rule(
    'deep-tissue',
    { goals: 'pain-relief' },
    'fits',
    'deep-tissue-benefits',
    'It aims at relief that lasts, even from chronic pain.',
  ),
  rule(
    'deep-tissue',
    { goals: 'flexibility' },
    'fits',
    'deep-tissue-benefits',
    'It works to improve mobility and range of motion.',
  ),

  // Trigger point therapy
  rule(
    'trigger-point',
    { spread: 'localized' },
    'fits',
    'trigger-point-suitability',
    'It is made for pain in one clear area.',
  ),
  rule(
    'trigger-point',
    { spread: 'widespread' },
    'against',
    'trigger-point-suitability',
    'It is not recommended for widespread or diffuse pain, since it works on small, specific spots.',
  ),
  rule(
    'trigger-point',
    { causes: 'muscle-tension' },
    'fits',
    'trigger-point-therapy',
    'It releases the tight knots of muscle that cause pain.',
  ),
  rule(
    'trigger-point',
    { severity: 'severe' },
    'fits',
    'swedish-suitability',
    'For severe pain the guide points to targeted work such as trigger point therapy.',
  ),
  rule(
    'trigger-point',
    { conditions: 'fibromyalgia' },
    'ask-first',
    'trigger-point-suitability',
    'With fibromyalgia, ask your healthcare provider before booking it.',
  ),
  rule(
    'trigger-point',
    { conditions: 'rheumatoid-arthritis' },
    'ask-first',
    'trigger-point-suitability',
    'With rheumatoid arthritis, ask your healthcare provider before booking it.',
  ),
  rule(
    'trigger-point',
    { pressure: 'firm' },
    'fits',
    'trigger-point-techniques',
    'It uses firm, held pressure from a finger or thumb.',
  ),
  rule(
    'trigger-point',
    { pressure: 'light' },
    'limits',
    'trigger-point-techniques',
    'Its firm, held pressure is much more than a light touch.',
  ),
  rule(
    'trigger-point',
    { sensitiveMuscles: true },
    'limits',
    'trigger-point-techniques',
    'The held pressure can be uncomfortable while it works.',
  ),
  rule(
    'trigger-point',
    { goals: 'pain-relief' },
    'fits',
    'trigger-point-techniques',
    'It aims for quick relief once a knot lets go.',
  ),
  rule(
    'trigger-point',
    { goals: 'flexibility' },
    'fits',
    'trigger-point-benefits',
    'It aims to give the muscle back its flexibility.',
  ),

  // Hot stone massage
  rule(
    'hot-stone',
    { goals: 'relaxation' },
    'fits',
    'hot-stone-massage',
    'The warmth of the stones relaxes muscles and feels soothing.',
  ),
  rule('hot-stone', { causes: 'muscle-tension' }, 'fits', 'hot-stone-massage', 'The heat helps tense muscles let go.'),

  // Thai massage
  rule('thai', { goals: 'flexibility' }, 'fits', 'thai-massage', 'Its stretches are meant to make you more flexible.'),
  rule('thai', { goals: 'relaxation' }, 'fits', 'thai-massage', 'It is meant to help you relax.'),
  rule(
    'thai',
    { goals: 'pain-relief' },
    'fits',
    'thai-massage',
    'The guide calls it a good option for easing back pain.',
  ),
  rule('thai', { causes: 'muscle-tension' }, 'fits', 'thai-massage', 'It works to loosen tense muscles.'),

  // Shiatsu
  rule('shiatsu', { causes: 'stress' }, 'fits', 'shiatsu-massage', 'It is suggested for back pain linked to stress.'),
  rule('shiatsu', { goals: 'relaxation' }, 'fits', 'shiatsu-massage', 'It aims to calm and relax you.'),
  rule('shiatsu', { goals: 'pain-relief' }, 'fits', 'shiatsu-massage', 'Its pressure on set points aims to ease pain.'),
  rule('shiatsu', { causes: 'muscle-tension' }, 'fits', 'shiatsu-massage', 'It aims to ease tension as well as pain.'),

  // Every technique: the guide asks people to share their conditions before any session.
  ...TECHNIQUE_IDS.map((technique) =>
    rule(
      technique,
      { conditions: ['blood-clotting-disorder', 'osteoporosis', 'fibromyalgia', 'rheumatoid-arthritis'] },
      'note',
      'medical-history',
      'Tell the therapist about your health conditions before the session.',
    ),
  ),
];

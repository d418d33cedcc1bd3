import { CONDITION_RULES } from './condition-rules';
import { against, askFirst, benefit, limits, note, pointsTo, preference, type Rule } from './rule-kit';

export { EFFECTS, FIT_WEIGHTS, type Effect, type Rule, type Strength, type When } from './rule-kit';
export { FIRM_TECHNIQUES, PRESSURE_RISK_CONDITIONS } from './condition-rules';

/** The three techniques the guide describes in one paragraph each, without pressure or who they suit. */
const BRIEF_TECHNIQUES = ['hot-stone', 'thai', 'shiatsu'] as const;
const BRIEF_SECTIONS = { 'hot-stone': 'hot-stone-massage', thai: 'thai-massage', shiatsu: 'shiatsu-massage' } as const;

/**
 * One rule per statement of the guide. Where the guide is silent on a technique for a health
 * condition, tender muscles or a pressure preference, the rule says so and the technique cannot be a
 * good fit; the checker never invents a caution either.
 */
export const RULES: readonly Rule[] = [
  // Swedish massage
  pointsTo(
    'swedish',
    { severity: ['mild', 'moderate'] },
    'swedish-suitability',
    'The guide names mild to moderate back pain as what it suits.',
  ),
  pointsTo(
    'swedish',
    { goals: 'relaxation' },
    'swedish-suitability',
    'The guide names it for people who want to relax.',
  ),
  pointsTo(
    'swedish',
    { goals: 'stress-relief' },
    'swedish-suitability',
    'The guide names it for people looking for stress relief.',
  ),
  limits(
    'swedish',
    { severity: 'severe' },
    'swedish-suitability',
    'For severe pain the guide says more targeted techniques may help more.',
    { elsewhere: ['deep-tissue', 'trigger-point'] },
  ),
  benefit('swedish', { causes: 'muscle-tension' }, 'swedish-benefits', 'Its gentle strokes aim to ease tense muscles.'),
  benefit(
    'swedish',
    { goals: 'pain-relief' },
    'swedish-benefits',
    'The guide says it helps ease pain as the muscles relax.',
  ),
  benefit(
    'swedish',
    { goals: 'flexibility' },
    'swedish-techniques',
    'Its kneading strokes aim to give muscles back their flexibility.',
  ),
  preference(
    'swedish',
    { pressure: ['light', 'moderate'] },
    'swedish-massage',
    'It keeps to light or moderate pressure.',
  ),
  limits('swedish', { pressure: 'firm' }, 'swedish-massage', 'It stays light to moderate, so it may feel too gentle.'),
  preference(
    'swedish',
    { sensitiveMuscles: true },
    'swedish-suitability',
    'The guide says most people tolerate it well, tender muscles included.',
  ),

  // Deep tissue massage
  pointsTo(
    'deep-tissue',
    { duration: 'chronic' },
    'deep-tissue-suitability',
    'The guide calls it best suited to long-lasting (chronic) back pain.',
  ),
  pointsTo(
    'deep-tissue',
    { causes: 'muscle-tension' },
    'deep-tissue-suitability',
    'The guide calls it best suited to muscle tension that needs focused work.',
  ),
  against(
    'deep-tissue',
    { duration: 'acute' },
    'deep-tissue-suitability',
    'The guide says it may not suit recent (acute) pain: the deep pressure can hurt.',
  ),
  against(
    'deep-tissue',
    { severity: 'severe' },
    'deep-tissue-suitability',
    'The guide says it may not suit severe pain: the deep pressure can hurt.',
  ),
  askFirst(
    'deep-tissue',
    { conditions: 'blood-clotting-disorder' },
    'deep-tissue-suitability',
    'With a blood clotting disorder, the guide says to ask your healthcare provider first.',
  ),
  askFirst(
    'deep-tissue',
    { conditions: 'osteoporosis' },
    'deep-tissue-suitability',
    'With osteoporosis, the guide says to ask your healthcare provider first.',
  ),
  benefit(
    'deep-tissue',
    { goals: 'pain-relief' },
    'deep-tissue-benefits',
    'It aims at lasting relief, even from chronic pain.',
  ),
  benefit(
    'deep-tissue',
    { goals: 'flexibility' },
    'deep-tissue-benefits',
    'It works to improve mobility and range of motion.',
  ),
  preference('deep-tissue', { pressure: 'firm' }, 'deep-tissue-techniques', 'It uses slow, firm pressure.'),
  limits(
    'deep-tissue',
    { pressure: 'light' },
    'deep-tissue-techniques',
    'Its firm, deep pressure is far from a light touch.',
  ),
  limits(
    'deep-tissue',
    { sensitiveMuscles: true },
    'deep-tissue-techniques',
    'The guide warns it can be uncomfortable during the session.',
  ),

  // Trigger point therapy
  pointsTo(
    'trigger-point',
    { spread: 'localized', causes: ['muscle-tension', 'muscle-strain', 'trigger-points'] },
    'trigger-point-suitability',
    'The guide calls it ideal for pain in one area when tight muscle or knots (trigger points) cause it.',
  ),
  pointsTo(
    'trigger-point',
    { causes: 'muscle-tension' },
    'trigger-point-therapy',
    'The guide calls it especially effective when tight muscle causes the pain.',
  ),
  against(
    'trigger-point',
    { spread: 'widespread' },
    'trigger-point-suitability',
    'The guide does not recommend it for widespread pain: it works on small, specific spots.',
  ),
  askFirst(
    'trigger-point',
    { conditions: 'fibromyalgia' },
    'trigger-point-suitability',
    'With fibromyalgia, the guide says to ask your healthcare provider first.',
  ),
  askFirst(
    'trigger-point',
    { conditions: 'rheumatoid-arthritis' },
    'trigger-point-suitability',
    'With rheumatoid arthritis, the guide says to ask your healthcare provider first.',
  ),
  benefit(
    'trigger-point',
    { goals: 'pain-relief' },
    'trigger-point-techniques',
    'It aims for quick relief once a knot lets go.',
  ),
  benefit(
    'trigger-point',
    { goals: 'flexibility' },
    'trigger-point-benefits',
    'It aims to give the muscle back its flexibility.',
  ),
  preference(
    'trigger-point',
    { pressure: 'firm' },
    'trigger-point-techniques',
    'It uses firm, held pressure from a finger or thumb.',
  ),
  limits(
    'trigger-point',
    { pressure: 'light' },
    'trigger-point-techniques',
    'Its firm, held pressure is far from a light touch.',
  ),
  limits(
    'trigger-point',
    { sensitiveMuscles: true },
    'trigger-point-techniques',
    'The held pressure can be uncomfortable while it works.',
  ),

  // Firm techniques for someone who likes moderate pressure: the guide's advice is to speak up.
  ...(['deep-tissue', 'trigger-point'] as const).map((technique) =>
    note(
      technique,
      { pressure: 'moderate' },
      'communicating-needs',
      'Its pressure is firm; the guide says to tell the therapist when it is too much.',
    ),
  ),

  // Hot stone, Thai and Shiatsu: one paragraph each in the guide
  benefit('hot-stone', { goals: 'relaxation' }, 'hot-stone-massage', 'The warmth of the stones relaxes the muscles.'),
  benefit('hot-stone', { causes: 'muscle-tension' }, 'hot-stone-massage', 'The heat helps tense muscles let go.'),
  benefit('thai', { goals: 'flexibility' }, 'thai-massage', 'Its stretches aim to make you more flexible.'),
  benefit('thai', { goals: 'relaxation' }, 'thai-massage', 'The guide says it helps you relax.'),
  benefit('thai', { goals: 'pain-relief' }, 'thai-massage', 'The guide calls it an option for easing back pain.'),
  benefit('thai', { causes: 'muscle-tension' }, 'thai-massage', 'It works to loosen tense muscles.'),
  pointsTo(
    'shiatsu',
    { causes: 'stress' },
    'shiatsu-massage',
    'The guide names back pain linked to stress as one it can help.',
  ),
  benefit('shiatsu', { goals: 'relaxation' }, 'shiatsu-massage', 'It aims to calm and relax you.'),
  benefit('shiatsu', { goals: 'pain-relief' }, 'shiatsu-massage', 'Its pressure on set points aims to ease pain.'),
  benefit('shiatsu', { causes: 'muscle-tension' }, 'shiatsu-massage', 'It aims to ease tension as well as pain.'),
  ...BRIEF_TECHNIQUES.flatMap((technique) => [
    limits(
      technique,
      { sensitiveMuscles: true },
      BRIEF_SECTIONS[technique],
      'The guide does not say how it feels on tender muscles.',
    ),
    note(
      technique,
      { pressure: ['light', 'moderate', 'firm'] },
      BRIEF_SECTIONS[technique],
      'The guide does not say how firm it is; ask the therapist.',
    ),
  ]),

  ...CONDITION_RULES,
];

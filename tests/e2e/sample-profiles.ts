/**
 * Profiles the end-to-end tests and `npm run screenshots` share, so the pictures in docs/ show a
 * state the tests check.
 */

/** A saved profile in the format lib/settings/profile.ts stores (WXT item `local:profile`, version 2). */
export const OSTEOPOROSIS_PROFILE = {
  profile: {
    profile: {
      painLocation: 'lower',
      duration: 'chronic',
      severity: 'moderate',
      spread: 'localized',
      conditions: ['osteoporosis'],
      goals: ['pain-relief'],
    },
  },
  profile$: { v: 2 },
};

/**
 * The checker's answers (input ids) for a complete profile with no caution: six verdicts. The
 * required answers come last, as the last of them folds a first-time person's form.
 */
export const STRESS_ANSWERS = [
  'causes-stress',
  'goals-relaxation',
  'pressure-firm',
  'painLocation-upper',
  'duration-chronic',
  'severity-moderate',
  'spread-localized',
];

/** What `bench/matcher.mjs` times in Node: the matcher, the guide's forms, and the generated ones. */
export { compileMatcher } from '@/lib/match/matcher';
export { guideForms } from '@/lib/match/guide-forms';
export { TERMS } from '@/lib/guide';
export { generatedFormText } from './generated-forms';

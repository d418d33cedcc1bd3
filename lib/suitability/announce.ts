import { techniqueById } from '@/lib/guide';
import type { Assessment } from './assess';
import { VERDICT_LABELS } from './verdict-meanings';

/**
 * The one sentence a screen reader hears when the verdicts change. With a safety gate it says what
 * the gate says instead of naming a best match; without a good fit it names none.
 */
export function announceAssessment(assessment: Assessment): string {
  const { gate, results } = assessment;
  if (gate?.tier === 'emergency') return `${gate.title}. No verdicts are given.`;
  if (gate) return `${gate.title}: every technique is at “${VERDICT_LABELS['consult-first']}” or below.`;
  const best = results[0];
  if (!best || best.verdict !== 'good-fit') return 'No technique suits you outright by the guide.';
  return `Best match by the guide: ${techniqueById(best.technique).name}, ${VERDICT_LABELS[best.verdict]}.`;
}

import { VERDICT_LABELS, type Verdict } from '@/lib/suitability';
import './verdict-badge.css';

const SYMBOLS: Record<Verdict, string> = {
  'good-fit': '✓',
  possible: '~',
  'consult-first': '!',
  'not-recommended': '✕',
};

/** The verdict as a label with a symbol, so it never relies on colour alone. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict-badge verdict-badge--${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{SYMBOLS[verdict]} </span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}

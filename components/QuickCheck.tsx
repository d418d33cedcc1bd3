import { TECHNIQUES, type TechniqueId } from '@/lib/guide';
import type { Assessment } from '@/lib/suitability';
import { VerdictItem } from './VerdictList';

export interface QuickCheckProps {
  assessment: Assessment | null;
  technique: TechniqueId | null;
  onTechnique: (technique: TechniqueId | null) => void;
}

/** "I'm about to book…": one technique, one verdict, opened on its reasons. */
export function QuickCheck({ assessment, technique, onTechnique }: QuickCheckProps) {
  const result = assessment?.results.find((r) => r.technique === technique);
  return (
    <section class="panel quick-check" aria-labelledby="quick-check-title">
      <h2 id="quick-check-title">Quick check</h2>
      <label class="quick-check__label" for="quick-technique">
        I'm about to book
      </label>
      <select
        id="quick-technique"
        value={technique ?? ''}
        onChange={(event) => onTechnique((event.currentTarget.value || null) as TechniqueId | null)}
      >
        <option value="">Choose a massage…</option>
        {TECHNIQUES.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {technique && !assessment && (
        <p class="hint">Answer the questions about your back pain to see if it suits you.</p>
      )}
      {technique && assessment && !result && <p class="hint">No verdict: {assessment.gate?.title}.</p>}
      {result && <VerdictItem result={result} open />}
    </section>
  );
}

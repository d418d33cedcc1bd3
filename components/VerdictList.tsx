import { sectionTitle, techniqueById } from '@/lib/guide';
import { guidePath } from '@/lib/guide-page/guide-path';
import { explainAnswers, type Effect, type Reason, type TechniqueResult } from '@/lib/suitability';
import { SourceList } from './guide/SourceList';
import { VerdictBadge } from './VerdictBadge';

const EFFECT_LABELS: Record<Effect, string> = {
  against: 'Against',
  'ask-first': 'Ask first',
  limits: 'Less suited',
  fits: 'In favour',
  note: 'Note',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How many reasons show at once; the rest fold away so six techniques fit in a popup. */
const TOP_REASONS = 2;

/** One technique: its name (linked to the guide), the verdict, one sentence why, and the reasons. */
export function VerdictItem({ result, headingLevel = 3 }: { result: TechniqueResult; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const top = result.reasons.slice(0, TOP_REASONS);
  const rest = result.reasons.slice(TOP_REASONS);
  return (
    <article class="verdict" data-technique={result.technique} data-verdict={result.verdict}>
      <div class="verdict__head">
        <Heading class="verdict__name">
          <a href={guidePath(techniqueById(result.technique).termId)} target="_blank" rel="noreferrer">
            {techniqueById(result.technique).name}
          </a>
        </Heading>
        <VerdictBadge verdict={result.verdict} />
      </div>
      <p class="verdict__why">{capitalize(explainAnswers(result))}.</p>
      <ReasonList reasons={top} />
      {rest.length > 0 && (
        <details class="verdict__more">
          <summary>
            {rest.length} more {rest.length === 1 ? 'reason' : 'reasons'}
          </summary>
          <ReasonList reasons={rest} />
        </details>
      )}
    </article>
  );
}

function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul class="reasons">
      {reasons.map((reason, index) => (
        <li key={index} class={`reason reason--${reason.effect}`}>
          <span class="reason__effect">{EFFECT_LABELS[reason.effect]}:</span> {reason.text}{' '}
          <span class="reason__section">(Guide: {sectionTitle(reason.section)})</span>
          <SourceList sources={reason.sources} />
        </li>
      ))}
    </ul>
  );
}

/** Every technique, best first. */
export function VerdictList({ results }: { results: readonly TechniqueResult[] }) {
  return (
    <ol class="verdict-list">
      {results.map((result) => (
        <li key={result.technique}>
          <VerdictItem result={result} />
        </li>
      ))}
    </ol>
  );
}

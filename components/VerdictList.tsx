import { sectionTitle, techniqueById, type TechniqueId } from '@/lib/guide';
import { guidePath } from '@/lib/guide-page/guide-path';
import { explainAnswers, type Assessment, type Reason, type TechniqueResult } from '@/lib/suitability';
import { SourceList } from './guide/SourceList';
import { VerdictBadge } from './VerdictBadge';

/**
 * Every reason says which way it points, in words read at a glance: for the technique, against it,
 * or for it but outweighed by a caution above.
 */
function labelReason(reason: Reason, result: TechniqueResult): string {
  if (reason.effect === 'note') return 'Worth knowing';
  if (reason.deciding) return result.verdict === 'good-fit' ? 'Why it suits you' : 'What holds it back';
  if (reason.effect !== 'fits') return 'Also holds it back';
  const capped = result.reasons.some((r) => r.deciding && r.effect !== 'fits');
  return capped ? 'In its favour, but outweighed by the above' : 'Also in its favour';
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface VerdictItemProps {
  result: TechniqueResult;
  open?: boolean;
  /** The current tab mentions it: said on its line, so the first screen answers for the page too. */
  onPage?: boolean;
}

/** One technique on one line (name, verdict, deciding answers) that opens to the reasons. */
export function VerdictItem({ result, open = false, onPage = false }: VerdictItemProps) {
  const name = techniqueById(result.technique).name;
  return (
    <details class="verdict" data-technique={result.technique} data-verdict={result.verdict} open={open}>
      <summary class="verdict__line">
        <span class="verdict__name">
          {name}
          {onPage && <span class="verdict__on-page"> · on this page</span>}
        </span>{' '}
        <VerdictBadge verdict={result.verdict} />
        <span class="verdict__why">{capitalize(explainAnswers(result))}.</span>
      </summary>
      <ul class="reasons">
        {result.reasons.map((reason, index) => (
          <li key={index} class={`reason reason--${reason.effect}`} data-deciding={reason.deciding}>
            <span class="reason__effect">{labelReason(reason, result)}:</span> {reason.text}{' '}
            {reason.section && <span class="reason__section">(Guide: {sectionTitle(reason.section)})</span>}
            <SourceList sources={reason.sources} />
          </li>
        ))}
      </ul>
      <p class="verdict__more">
        <a href={guidePath(techniqueById(result.technique).termId)} target="_blank" rel="noreferrer">
          {name} in the guide
        </a>
      </p>
    </details>
  );
}

/** Every technique, best first; `onPage` holds the techniques the current tab mentions. */
export function VerdictList({
  results,
  onPage = new Set(),
}: {
  results: readonly TechniqueResult[];
  onPage?: ReadonlySet<TechniqueId>;
}) {
  return (
    <ol class="verdict-list">
      {results.map((result) => (
        <li key={result.technique}>
          <VerdictItem result={result} onPage={onPage.has(result.technique)} />
        </li>
      ))}
    </ol>
  );
}

/** What the guide says about answers that decide no verdict, once for all techniques. */
export function GuideNotes({ notes }: { notes: Assessment['notes'] }) {
  if (notes.length === 0) return null;
  return (
    <details class="guide-notes">
      <summary>What the guide says about your answers ({notes.length})</summary>
      <ul class="reasons">
        {notes.map((note) => (
          <li key={note.text}>
            <span class="reason__effect">{capitalize(note.because)}:</span> {note.text}{' '}
            {note.section && <span class="reason__section">(Guide: {sectionTitle(note.section)})</span>}
            <SourceList sources={note.sources} />
          </li>
        ))}
      </ul>
    </details>
  );
}

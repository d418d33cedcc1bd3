import { NOT_IN_GUIDE, type Assessment, type PageState } from '@/lib/suitability';
import { guidePath } from '@/lib/guide-page/guide-path';
import { VerdictBadge } from './VerdictBadge';

export interface OnThisPageProps {
  state: PageState;
  /** The person's verdicts; null until the required questions are answered. */
  assessment: Assessment | null;
  onToggleSite: (host: string, enabled: boolean) => void;
}

const times = (count: number) => (count === 1 ? 'once' : `${count} times`);

/**
 * The massages the current tab offers, in the page's order, each with the person's verdict or "Not in
 * the guide", then the other terms it mentions. An emergency sign leaves every line without a rating.
 */
export function OnThisPage({ state, assessment, onToggleSite }: OnThisPageProps) {
  const emergency = assessment?.gate?.tier === 'emergency';
  const verdicts = new Map(emergency ? [] : assessment?.results.map((r) => [r.technique, r.verdict]));
  const host = state.status === 'ready' ? state.host : null;
  return (
    <section class="panel on-this-page" aria-labelledby="on-this-page-title" aria-busy={state.status === 'loading'}>
      <h2 id="on-this-page-title">On this page</h2>
      {state.status === 'loading' && <p class="hint">Reading the page…</p>}
      {state.status === 'unavailable' && <p class="hint page-unavailable">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          {host && (
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={state.siteEnabled}
                onChange={(event) => onToggleSite(host, event.currentTarget.checked)}
              />
              Highlight terms on {host}
            </label>
          )}
          {state.summary.services.length === 0 && state.summary.terms.length === 0 && (
            <p class="hint">No massage or back-pain terms found here.</p>
          )}
          {state.summary.services.length > 0 && (
            <ol class="page-techniques page-services" aria-label="Massages this page offers, in page order">
              {state.summary.services.map(({ term, count, technique }) => {
                const verdict = technique && verdicts.get(technique);
                return (
                  <li key={term.id} data-term={term.id} data-technique={technique ?? undefined}>
                    <a href={guidePath(term.id)} target="_blank" rel="noreferrer">
                      {term.name}
                    </a>{' '}
                    <span class="hint">mentioned {times(count)}</span> {verdict && <VerdictBadge verdict={verdict} />}
                    {!technique && !emergency && (
                      <span class="verdict-badge verdict-badge--not-in-guide" data-state="not-in-guide">
                        <span aria-hidden="true">? </span>
                        {NOT_IN_GUIDE.label}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {!emergency && state.summary.services.some((service) => !service.technique) && (
            <p class="hint">
              “{NOT_IN_GUIDE.label}”: the guide does not cover it, so there is no verdict. Ask the therapist.
            </p>
          )}
          {state.summary.techniques.length > 0 && !assessment && (
            <p class="hint">Answer the questions about your back pain to see your verdict for each.</p>
          )}
          {state.summary.terms.length > 0 && (
            <>
              <h3>Other terms</h3>
              <ul class="page-terms">
                {state.summary.terms.map(({ term }) => (
                  <li key={term.id}>
                    <a href={guidePath(term.id)} target="_blank" rel="noreferrer">
                      {term.name}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

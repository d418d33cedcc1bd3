import type { Assessment, PageTermSummary } from '@/lib/suitability';
import { guidePath } from '@/lib/guide-page/guide-path';
import { VerdictBadge } from './VerdictBadge';

export type PageState =
  | { status: 'loading' }
  /** Nothing to show (e.g. the checker runs in its own tab), or the page cannot be read; `message` says why. */
  | { status: 'unavailable'; message: string }
  | {
      status: 'ready';
      /** The site as the settings key it (null for pages that have none, such as file:// pages). */
      host: string | null;
      siteEnabled: boolean;
      summary: PageTermSummary;
    };

export interface OnThisPageProps {
  state: PageState;
  /** The person's verdicts; null until the required questions are answered. */
  assessment: Assessment | null;
  onToggleSite: (host: string, enabled: boolean) => void;
}

const times = (count: number) => (count === 1 ? 'once' : `${count} times`);

/** The techniques and terms the current tab mentions, each technique with the person's verdict. */
export function OnThisPage({ state, assessment, onToggleSite }: OnThisPageProps) {
  const verdicts = new Map(assessment?.results.map((r) => [r.technique, r.verdict]));
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
          {state.summary.techniques.length === 0 && state.summary.terms.length === 0 && (
            <p class="hint">No massage or back-pain terms found here.</p>
          )}
          {state.summary.techniques.length > 0 && (
            <ul class="page-techniques">
              {state.summary.techniques.map(({ technique, term, count }) => {
                const verdict = verdicts.get(technique);
                return (
                  <li key={technique} data-technique={technique}>
                    <a href={guidePath(term.id)} target="_blank" rel="noreferrer">
                      {term.name}
                    </a>{' '}
                    <span class="hint">mentioned {times(count)}</span> {verdict && <VerdictBadge verdict={verdict} />}
                  </li>
                );
              })}
            </ul>
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

import { Fragment } from 'preact';
import { WARNING_SIGN_TIERS, SOURCES, type WarningSign, type WarningSignId, type Source } from '@/lib/guide';
import { nameSource, SourceList } from './SourceList';

interface Props {
  note: { text: string; sources: readonly Source[] };
  redFlags: readonly WarningSign[];
}

/** The warning signs in the order of urgency the NHS gives them. */
const TIERS = [
  {
    tier: 'emergency',
    heading:
      'Get medical help now (call your local emergency number: 999 or A&E in the UK, 911 in the US, 112 across the EU) if your back pain comes with:',
  },
  { tier: 'see-doctor', heading: 'See a doctor before any massage if your back pain comes with:' },
] as const;

/**
 * The "not medical advice" note, the warning signs that call for a doctor before any massage, and
 * every outside source the guide page and the cards cite, by name and title.
 */
export function SafetySection({ note, redFlags }: Props) {
  return (
    <section id="safety" class="guide-section" aria-labelledby="safety-title">
      <h2 id="safety-title">Safety</h2>
      <div class="safety-note">
        <p>{note.text}</p>
        <SourceList sources={note.sources} />
      </div>
      {TIERS.map(({ tier, heading }) => (
        <Fragment key={tier}>
          <h3>{heading}</h3>
          <ul class="warning-signs">
            {redFlags
              .filter((flag) => WARNING_SIGN_TIERS[flag.id as WarningSignId] === tier)
              .map((flag) => (
                <li key={flag.id} id={`warning-sign-${flag.id}`}>
                  <strong>{flag.label}</strong>
                  <p>{flag.explanation}</p>
                  <SourceList sources={flag.sources} />
                </li>
              ))}
          </ul>
        </Fragment>
      ))}
      <h3 id="sources">Sources beyond the guide</h3>
      <p>
        Facts that the guide does not give come from these pages. Cards and entries say which fact comes from which;
        each page was last read against the entries on the date shown.
      </p>
      <ul class="source-index">
        {SOURCES.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {nameSource(source)}
            </a>{' '}
            <span class="meta">
              (checked <time dateTime={source.checked}>{source.checked}</time>)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

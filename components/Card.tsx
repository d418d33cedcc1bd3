import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CardProps } from '@/lib/card/card-view';
import type { Credit, TermCardContent, UnknownCardContent } from '@/lib/messages';
import { PressureScale, TermPicture } from './CardPicture';
import { useScrollCue } from './use-scroll-cue';

const NAME_ID = 'rl-card-name';

/** The explanation card: a non-modal dialog labelled by the term's name. */
export function Card(props: CardProps) {
  const { content, takeFocus, notice, onAction, onClose, pinned, onPin } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const more = useScrollCue(dialog);
  // Before paint, not after: a keyboard user's next key must already land in the card. The card is
  // placed after rendering, so focusing must not scroll the page towards where it first appears.
  useLayoutEffect(() => {
    if (takeFocus) dialog.current?.focus({ preventScroll: true });
  }, [takeFocus, content]);
  return (
    <div
      ref={dialog}
      class="rl-card"
      data-theme={props.theme}
      data-text-size={props.textSize}
      role="dialog"
      aria-labelledby={NAME_ID}
      tabIndex={-1}
      // Only the person acts in the card: a synthetic click stops here, before any button hears it.
      onClickCapture={(event) => {
        if (!event.isTrusted) event.stopPropagation();
      }}
      onKeyDown={(event) => {
        if (event.isTrusted && event.key === 'Escape') onClose();
      }}
    >
      <div class="rl-card__head">
        <div>
          <p class="rl-card__category">{content.kind === 'term' ? content.category : 'Not in the guide'}</p>
          <h2 id={NAME_ID} class="rl-card__name">
            {content.kind === 'term' ? content.name : `“${content.text}”`}
          </h2>
        </div>
        <div class="rl-card__tools">
          <button
            type="button"
            class="rl-card__tool rl-card__pin"
            aria-pressed={pinned}
            title="Keep this card open while the pointer is elsewhere"
            onClick={onPin}
          >
            Keep open
          </button>
          <button type="button" class="rl-card__tool rl-card__close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
      </div>
      {content.kind === 'term' ? (
        <TermBody content={content} onAction={onAction} />
      ) : (
        <UnknownBody content={content} onAction={onAction} />
      )}
      {notice && (
        <p class="rl-card__notice" role="alert">
          {notice}
        </p>
      )}
      {/* Seen, not read: a screen reader reads the whole card, and scrolling by keyboard reaches the rest. */}
      <div class="rl-card__more" aria-hidden="true" hidden={!more}>
        More below ↓
      </div>
    </div>
  );
}

/**
 * "From the guide: …" or "From NHS: …" for each source of a fact. Each opens the term's entry on the
 * guide page in a new tab, which names its guide sections and links the outside pages themselves.
 * Several sources stand one to a line: a separator between long buttons was left alone at a line's end
 * when one wrapped.
 */
function Credits({ credits, onOpen }: { credits: readonly Credit[]; onOpen: () => void }) {
  return credits.map((credit) => (
    <span key={`${credit.from}: ${credit.title}`} class={credits.length > 1 ? 'rl-card__credit-line' : undefined}>
      <button type="button" class="rl-button rl-button--quiet rl-card__credit" onClick={onOpen}>
        From {credit.from}: {credit.title}
      </button>
    </span>
  ));
}

function TermBody({ content, onAction }: Pick<CardProps, 'onAction'> & { content: TermCardContent }) {
  const { technique, verdict, safety, service } = content;
  const readMore = () => onAction({ type: 'read-more', termId: content.termId });
  return (
    <>
      {safety && (
        <div class="rl-card__safety" data-tier={safety.tier}>
          <p class="rl-card__safety-title">{safety.title}</p>
          <p>{safety.text}</p>
        </div>
      )}
      {verdict && (
        <p class="rl-card__verdict" data-verdict={verdict.verdict}>
          {verdict.text}
        </p>
      )}
      {service?.state && (
        <p class="rl-card__verdict" data-verdict="not-in-guide">
          {service.state.label}. {service.state.text}
        </p>
      )}
      {content.picture && <TermPicture picture={content.picture} />}
      <p class="rl-card__summary">{content.summary}</p>
      {technique && (
        <dl class="rl-card__facts">
          <dt>Pressure</dt>
          <dd>
            {technique.pressure}
            <PressureScale level={technique.level} />
          </dd>
          <dt>Suits</dt>
          <dd>{technique.suits}</dd>
        </dl>
      )}
      {content.cautions.length > 0 && (
        <div class="rl-card__cautions">
          <h3>Take care</h3>
          <ul>
            {content.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="rl-card__source">
        <Credits credits={content.credits} onOpen={readMore} />
      </p>
      {content.notes.length > 0 && (
        <ul class="rl-card__notes">
          {content.notes.map((note) => (
            <li key={note.text}>
              {note.text} <Credits credits={note.credits} onOpen={readMore} />
            </li>
          ))}
        </ul>
      )}
      {service && <ServiceAdvice service={service} onOpen={readMore} />}
      <div class="rl-card__actions">
        <button
          type="button"
          class="rl-button rl-button--primary"
          onClick={() => onAction({ type: 'read-more', termId: content.termId })}
        >
          Read more in the guide
        </button>
        {/* Once a saved profile gives a verdict (or a warning sign stands in for one), the check is done. */}
        {technique && !verdict && !safety && (
          <button type="button" class="rl-button" onClick={() => onAction({ type: 'check', technique: technique.id })}>
            Check if it suits me
          </button>
        )}
        <button type="button" class="rl-button rl-button--quiet" onClick={() => onAction({ type: 'disable-site' })}>
          Don’t highlight on this site
        </button>
      </div>
    </>
  );
}

/** For a service the guide does not cover: the closest technique a source names, what to ask, what to say first. */
function ServiceAdvice({ service, onOpen }: { service: NonNullable<TermCardContent['service']>; onOpen: () => void }) {
  return (
    <div class="rl-card__service">
      {service.closest && (
        <p>
          Closest in the guide: {service.closest.name}. {service.closest.text}{' '}
          <Credits credits={service.closest.credits} onOpen={onOpen} />
        </p>
      )}
      {service.mentionFirst.length > 0 && (
        <p class="rl-card__mention-first">
          <strong>Tell the therapist first:</strong> {service.mentionFirst.join('; ')}.
        </p>
      )}
      <h3>Ask the therapist</h3>
      <ul>
        {service.ask.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <p class="rl-card__source">
        <Credits credits={service.askCredits} onOpen={onOpen} />
      </p>
    </div>
  );
}

function UnknownBody({ content, onAction }: Pick<CardProps, 'onAction'> & { content: UnknownCardContent }) {
  return (
    <>
      <p class="rl-card__summary">
        {content.closest.length > 0
          ? 'The guide has no entry for this. Did you mean one of these?'
          : 'The guide has no entry for this, and none comes close. Its glossary lists every term it explains.'}
      </p>
      {content.closest.length > 0 && (
        <ul class="rl-card__suggestions">
          {content.closest.map(({ termId, name }) => (
            <li key={termId}>
              <button type="button" class="rl-button" onClick={() => onAction({ type: 'show-term', termId })}>
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="rl-card__actions">
        <button type="button" class="rl-button rl-button--primary" onClick={() => onAction({ type: 'read-more' })}>
          Open the guide
        </button>
      </div>
    </>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { TechniqueId } from '@/lib/guide';
import { clearProfile, loadProfile, saveProfile } from '@/lib/settings/profile';
import { clearEditedNote } from '@/lib/settings/therapist-note';
import { describeWriteFailure } from '@/lib/settings/write-failure';
import {
  announceAssessment,
  assess,
  completeProfile,
  listMissingAnswers,
  REQUIRED_ANSWER_LABELS,
  summarizeProfile,
  type Assessment,
  type PageState,
  type ProfileDraft,
} from '@/lib/suitability';
import { BeforeYouBook } from './BeforeYouBook';
import { OnThisPage } from './OnThisPage';
import { ProfileForm } from './ProfileForm';
import { ProfileMap } from './ProfileMap';
import { QuickCheck } from './QuickCheck';
import { TherapistNote } from './TherapistNote';
import { SafetyNote, SafetyNotice } from './SafetyNotice';
import { GuideNotes, VerdictList } from './VerdictList';

export interface CheckerProps {
  initialTechnique: TechniqueId | null;
  readPage: () => Promise<PageState>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<unknown>;
  copy: (text: string) => Promise<void>;
}

/** Saving waits for a pause in answering, so storage is not written on every click. */
const SAVE_DELAY_MS = 300;

/**
 * The suitability checker. A returning person sees the answer first: the safety gate when one applies,
 * their answers folded to one line, and one line per technique; a first-time person gets the questions.
 */
export function Checker({ initialTechnique, readPage, setSiteEnabled, copy }: CheckerProps) {
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [formOpen, setFormOpen] = useState(true);
  const [technique, setTechnique] = useState(initialTechnique);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState(false);
  /** Set when the person's last required answer folded the form: the answer is brought into view. */
  const [revealed, setRevealed] = useState(false);
  const [focusSigns, setFocusSigns] = useState(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latestSave = useRef<Promise<void> | null>(null);
  const answersRef = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    void loadProfile().then(({ profile, notice }) => {
      setDraft(profile);
      setNotice(notice);
      setFormOpen(completeProfile(profile) === null);
    });
    void readPage().then(setPage);
    return () => clearTimeout(saveTimer.current);
  }, []);

  // Focus moves to what answers them (the gate, or the verdicts) once the form folds, so keyboard and
  // screen-reader users land where sighted ones look; its whole panel is scrolled into the first screen.
  useEffect(() => {
    if (!revealed) return;
    const target = document.getElementById('safety-notice-title') ?? document.getElementById('results-title');
    target?.focus({ preventScroll: true });
    (target?.closest('section') ?? target)?.scrollIntoView({ block: 'start' });
  }, [revealed]);

  useEffect(() => {
    if (!focusSigns || !formOpen) return;
    answersRef.current?.querySelector<HTMLElement>('#group-warning-signs')?.focus();
    setFocusSigns(false);
  }, [focusSigns, formOpen]);

  if (draft === null) return <p class="hint">Loading your answers…</p>;

  const profile = completeProfile(draft);
  const assessment = profile ? assess(profile) : null;
  const gate = assessment?.gate ?? null;

  const answer = (next: ProfileDraft) => {
    // A first-time person who has just given the last required answer sees the answer, not the form.
    if (profile === null && completeProfile(next) !== null && !revealed) {
      setFormOpen(false);
      setRevealed(true);
    }
    setDraft(next);
    setStatus('');
    setSaved(false);
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      // "Saved" only once the latest answers are: an earlier save may finish after later answers.
      const save = saveProfile(next);
      latestSave.current = save;
      save.then(
        () => setSaved(latestSave.current === save),
        (error: unknown) => setNotice(describeWriteFailure(error)),
      );
    }, SAVE_DELAY_MS);
  };
  const clear = async () => {
    clearTimeout(saveTimer.current);
    try {
      // The note repeats the answers, so an edit of it goes with them.
      await Promise.all([clearProfile(), clearEditedNote()]);
    } catch (error) {
      setNotice(describeWriteFailure(error));
      return;
    }
    setDraft({});
    setSaved(false);
    setFormOpen(true);
    setRevealed(false);
    setStatus('Your answers were cleared.');
  };
  const toggleSite = async (host: string, enabled: boolean) => {
    try {
      await setSiteEnabled(host, enabled);
    } catch (error) {
      // A refused change (the list of switched-off sites is full) stores nothing: say why.
      setNotice(error instanceof Error ? error.message : String(error));
      return;
    }
    setPage(await readPage());
  };

  const servicesFirst = page.status === 'ready' && page.summary.services.length > 0;
  const onThisPage = (
    <OnThisPage state={page} assessment={assessment} onToggleSite={(host, on) => void toggleSite(host, on)} />
  );

  return (
    <>
      <header class="masthead">
        <h1>Relief Lens</h1>
        <p>Which massage suits your back, by the guide?</p>
      </header>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {gate && <SafetyNotice gate={gate} />}
      <div class="layout">
        <div class="layout__answers">
          <details
            ref={answersRef}
            class="panel answers"
            open={formOpen}
            onToggle={(event) => setFormOpen((event.currentTarget as HTMLDetailsElement).open)}
          >
            <summary>
              <h2>Your answers</h2>
              {profile && !formOpen && (
                <>
                  <ProfileMap answers={profile} variant="line" />
                  <span class="answers__summary">{summarizeProfile(profile)}</span>
                </>
              )}
              <span class="answers__edit">{formOpen ? 'Fold' : 'Edit'}</span>
            </summary>
            <ProfileForm draft={draft} onChange={answer} />
            <div class="answers__actions">
              <button type="button" onClick={() => void clear()}>
                Clear my answers
              </button>
              <p role="status" class="hint">
                {status}
              </p>
              {saved && <p class="hint save-state">Saved on this device.</p>}
            </div>
          </details>
        </div>
        <div class="layout__results">
          {/* On a booking page the person is choosing among its services: those lead. */}
          {servicesFirst && onThisPage}
          {gate?.tier !== 'emergency' && (
            <Results
              assessment={assessment}
              draft={draft}
              onAddAnswers={
                revealed && !formOpen
                  ? () => {
                      setFormOpen(true);
                      setFocusSigns(true);
                    }
                  : null
              }
              onPage={new Set(page.status === 'ready' ? page.summary.techniques.map((t) => t.technique) : [])}
            />
          )}
          {!servicesFirst && onThisPage}
          <QuickCheck assessment={assessment} technique={technique} onTechnique={setTechnique} />
          {gate?.tier !== 'emergency' && (
            <TherapistNote profile={profile} copy={copy} headingId="therapist-note-title" />
          )}
          <BeforeYouBook copy={copy} profile={profile} />
          {!gate && <SafetyNote />}
        </div>
      </div>
    </>
  );
}

/** The verdicts, with the not-medical-advice line beside them. */
interface ResultsProps {
  assessment: Assessment | null;
  draft: ProfileDraft;
  /** Offered once the form folded itself: the warning signs and the rest are still worth answering. */
  onAddAnswers: (() => void) | null;
  onPage: ReadonlySet<TechniqueId>;
}

function Results({ assessment, draft, onAddAnswers, onPage }: ResultsProps) {
  return (
    <section class="panel results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1}>
        What suits you, by the guide
      </h2>
      {onAddAnswers && (
        <p class="hint results__more">
          From your first four answers.{' '}
          <button type="button" class="link-button" onClick={onAddAnswers}>
            Add warning signs, health and goals
          </button>
        </p>
      )}
      <p class="hint results__disclaimer">
        Not medical advice.{' '}
        <a href="/guide.html#how-verdicts-work" target="_blank" rel="noreferrer">
          How verdicts work
        </a>
      </p>
      <p class="rl-visually-hidden" aria-live="polite">
        {assessment ? announceAssessment(assessment) : ''}
      </p>
      {assessment ? (
        <>
          <VerdictList results={assessment.results} onPage={onPage} />
          <GuideNotes notes={assessment.notes} />
        </>
      ) : (
        <p class="hint missing-answers">
          To see verdicts, answer:{' '}
          {listMissingAnswers(draft)
            .map((field) => REQUIRED_ANSWER_LABELS[field])
            .join(', ')}
          .
        </p>
      )}
    </section>
  );
}

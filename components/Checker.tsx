import { useEffect, useRef, useState } from 'preact/hooks';
import type { TechniqueId } from '@/lib/guide';
import { clearProfile, loadProfile, saveProfile } from '@/lib/settings/profile';
import {
  announceAssessment,
  assess,
  completeProfile,
  listMissingAnswers,
  REQUIRED_ANSWER_LABELS,
  summarizeProfile,
  type Assessment,
  type ProfileDraft,
} from '@/lib/suitability';
import { BeforeYouBook } from './BeforeYouBook';
import { OnThisPage, type PageState } from './OnThisPage';
import { ProfileForm } from './ProfileForm';
import { QuickCheck } from './QuickCheck';
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
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    void loadProfile().then(({ profile, notice }) => {
      setDraft(profile);
      setNotice(notice);
      setFormOpen(completeProfile(profile) === null);
    });
    void readPage().then(setPage);
    return () => clearTimeout(saveTimer.current);
  }, []);

  if (draft === null) return <p class="hint">Loading your answers…</p>;

  const profile = completeProfile(draft);
  const assessment = profile ? assess(profile) : null;
  const gate = assessment?.gate ?? null;

  const answer = (next: ProfileDraft) => {
    setDraft(next);
    setStatus('');
    setSaved(false);
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void saveProfile(next).then(() => setSaved(true)), SAVE_DELAY_MS);
  };
  const clear = async () => {
    clearTimeout(saveTimer.current);
    await clearProfile();
    setDraft({});
    setSaved(false);
    setFormOpen(true);
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
            class="panel answers"
            open={formOpen}
            onToggle={(event) => setFormOpen((event.currentTarget as HTMLDetailsElement).open)}
          >
            <summary>
              <h2>Your answers</h2>
              {profile && !formOpen && <span class="answers__summary">{summarizeProfile(profile)}</span>}
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
          {gate?.tier !== 'emergency' && (
            <Results
              assessment={assessment}
              draft={draft}
              onPage={new Set(page.status === 'ready' ? page.summary.techniques.map((t) => t.technique) : [])}
            />
          )}
          <OnThisPage state={page} assessment={assessment} onToggleSite={(host, on) => void toggleSite(host, on)} />
          <QuickCheck assessment={assessment} technique={technique} onTechnique={setTechnique} />
          <BeforeYouBook copy={copy} />
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
  onPage: ReadonlySet<TechniqueId>;
}

function Results({ assessment, draft, onPage }: ResultsProps) {
  return (
    <section class="panel results" aria-labelledby="results-title">
      <h2 id="results-title">What suits you, by the guide</h2>
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

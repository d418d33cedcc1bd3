import { useEffect, useRef, useState } from 'preact/hooks';
import { techniqueById, type TechniqueId } from '@/lib/guide';
import { clearProfile, loadProfile, saveProfile } from '@/lib/settings/profile';
import {
  assess,
  completeProfile,
  listMissingAnswers,
  REQUIRED_ANSWER_LABELS,
  VERDICT_LABELS,
  type ProfileDraft,
} from '@/lib/suitability';
import { BeforeYouBook } from './BeforeYouBook';
import { OnThisPage, type PageState } from './OnThisPage';
import { ProfileForm } from './ProfileForm';
import { QuickCheck } from './QuickCheck';
import { SafetyNotice } from './SafetyNotice';
import { VerdictList } from './VerdictList';

export interface CheckerProps {
  initialTechnique: TechniqueId | null;
  readPage: () => Promise<PageState>;
  setSiteEnabled: (host: string, enabled: boolean) => Promise<unknown>;
  copy: (text: string) => Promise<void>;
}

/** Saving waits for a pause in answering, so storage is not written on every click. */
const SAVE_DELAY_MS = 300;

/** The suitability checker: questions, live verdicts, the current page, and the before-you-book list. */
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
      // A returning person sees their results first; the answers stay one click away.
      setFormOpen(completeProfile(profile) === null);
    });
    void readPage().then(setPage);
    return () => clearTimeout(saveTimer.current);
  }, []);

  if (draft === null) return <p class="hint">Loading your answers…</p>;

  const profile = completeProfile(draft);
  const assessment = profile ? assess(profile) : null;
  const missing = listMissingAnswers(draft);

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
    await setSiteEnabled(host, enabled);
    setPage(await readPage());
  };
  const best = assessment?.results[0];
  // With a warning sign ticked, the see-a-doctor message comes before everything else.
  const redFlags = draft.redFlags ?? [];
  const warned = redFlags.length > 0;

  return (
    <>
      <header class="masthead">
        <h1>Relief Lens</h1>
        <p>Which massage suits your back? Not medical advice; your answers stay on this device.</p>
      </header>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {warned && <SafetyNotice redFlags={redFlags} />}
      <div class="layout">
        <div class="layout__answers">
          <details
            class="panel answers"
            open={formOpen}
            onToggle={(event) => setFormOpen((event.currentTarget as HTMLDetailsElement).open)}
          >
            <summary>
              <h2>Your answers</h2>
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
          <QuickCheck profile={profile} technique={technique} onTechnique={setTechnique} />
          <section class="panel results" aria-labelledby="results-title">
            <h2 id="results-title">What suits you</h2>
            <p class="rl-visually-hidden" aria-live="polite">
              {best ? `Best match: ${techniqueById(best.technique).name}, ${VERDICT_LABELS[best.verdict]}.` : ''}
            </p>
            {assessment ? (
              <VerdictList results={assessment.results} />
            ) : (
              <p class="hint missing-answers">
                To see verdicts, answer: {missing.map((field) => REQUIRED_ANSWER_LABELS[field]).join(', ')}.
              </p>
            )}
          </section>
          <OnThisPage state={page} profile={profile} onToggleSite={(host, on) => void toggleSite(host, on)} />
          <BeforeYouBook copy={copy} />
          {!warned && <SafetyNotice redFlags={redFlags} />}
        </div>
      </div>
    </>
  );
}

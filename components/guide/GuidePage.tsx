import { useEffect, useState } from 'preact/hooks';
import { CHECKLIST, WARNING_SIGNS, SAFETY_NOTE, TECHNIQUES, TERMS, termById } from '@/lib/guide';
import { matchTerm } from '@/lib/guide-page/filter-terms';
import { termIdFromHash } from '@/lib/guide-page/term-id-from-hash';
import { Checklist } from './Checklist';
import { Glossary } from './Glossary';
import { GuideNote } from './GuideNote';
import { HowVerdictsWork } from './HowVerdictsWork';
import { SafetySection } from './SafetySection';
import { TechniqueTable } from './TechniqueTable';
import { Welcome } from './Welcome';
import './guide.css';

const CONTENTS = [
  ['welcome', 'Welcome'],
  ['techniques', 'Techniques side by side'],
  ['glossary', 'Glossary A–Z'],
  ['before-you-book', 'Before you book'],
  ['therapist-note', 'A note for your therapist'],
  ['safety', 'Safety'],
] as const;

const FLASH_MS = 2000;

/** A navigation to reveal; a fresh object each time, so following the same link twice still reveals it. */
interface Target {
  hash: string;
}

function readTarget(): Target | null {
  return location.hash.length > 1 ? { hash: location.hash } : null;
}

/**
 * Brings the hash target into view and focus. The page is rendered by Preact after the document has
 * loaded, so the browser's own jump to `#term-…` may find nothing to jump to; this does it after render,
 * and again on every `hashchange` (related-term links, the table's technique links).
 */
function useHashTarget(query: string, setQuery: (query: string) => void): string | null {
  const [target, setTarget] = useState<Target | null>(readTarget);
  const [flashingId, setFlashingId] = useState<string | null>(null);

  useEffect(() => {
    const onHashChange = () => setTarget(readTarget());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    if (!target) return;
    const termId = termIdFromHash(target.hash);
    const term = termId === null ? undefined : termById(termId);
    // A search that hides the entry is cleared first; this effect runs again once it is.
    if (term && !matchTerm(term, query)) {
      setQuery('');
      return;
    }
    setTarget(null);
    let elementId = '';
    try {
      elementId = decodeURIComponent(target.hash.slice(1));
    } catch {
      return;
    }
    const element = document.getElementById(elementId);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    if (element.hasAttribute('tabindex')) element.focus({ preventScroll: true });
    if (term) setFlashingId(term.id);
  }, [target, query]);

  useEffect(() => {
    if (flashingId === null) return;
    const timer = setTimeout(() => setFlashingId(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flashingId]);

  return flashingId;
}

export function GuidePage() {
  const [query, setQuery] = useState('');
  const flashingId = useHashTarget(query, setQuery);
  return (
    <>
      <a class="skip-link" href="#content">
        Skip to content
      </a>
      <div class="guide">
        <header class="guide-header">
          <h1>Relief Lens guide</h1>
          <p class="lead">Massage for back pain, in plain words: the techniques, the terms, and what to check first.</p>
        </header>
        <nav class="toc" aria-label="On this page">
          <ul>
            {CONTENTS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="content" tabIndex={-1}>
          <Welcome />
          <TechniqueTable techniques={TECHNIQUES} />
          <Glossary terms={TERMS} query={query} onQueryChange={setQuery} flashingId={flashingId} />
          <Checklist items={CHECKLIST} />
          <GuideNote />
          <HowVerdictsWork />
          <SafetySection note={SAFETY_NOTE} redFlags={WARNING_SIGNS} />
        </main>
        <footer class="guide-footer">
          <p>
            Based on the guide “Massage Techniques for Back Pain”, retold in our own words, plus public health sources
            where named. Not medical advice.
          </p>
          <p>
            <a href="privacy.html">Privacy policy</a>: your answers and settings stay on this device.
          </p>
        </footer>
      </div>
    </>
  );
}

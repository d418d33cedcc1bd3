import { useState } from 'preact/hooks';
import { CHECKLIST, sectionTitle } from '@/lib/guide';
import { fillChecklistQuestion, type Profile } from '@/lib/suitability';

/**
 * The checklist from the guide, each with a question the person can copy into a message or notes; the
 * blanks their answers fill (where it hurts, their goal) are filled in.
 */
export function BeforeYouBook({ copy, profile }: { copy: (text: string) => Promise<void>; profile: Profile | null }) {
  const questions = CHECKLIST.map((item) => ({ ...item, question: fillChecklistQuestion(item.question, profile) }));
  const [status, setStatus] = useState('');
  const copyQuestion = async (text: string, what: string) => {
    try {
      await copy(text);
      setStatus(`Copied ${what}.`);
    } catch {
      setStatus('Could not copy. Select the text and copy it yourself.');
    }
  };
  return (
    <section class="panel before-you-book" aria-labelledby="before-you-book-title">
      <h2 id="before-you-book-title">Before you book</h2>
      <ol class="checklist">
        {questions.map((item) => (
          <li key={item.id} data-check={item.id}>
            <h3>{item.title}</h3>
            <p>{item.why}</p>
            <p class="checklist__question">
              <q>{item.question}</q>{' '}
              <button
                type="button"
                class="copy-button"
                aria-label={`Copy question: ${item.title}`}
                onClick={() => void copyQuestion(item.question, 'the question')}
              >
                Copy
              </button>
            </p>
            <p class="hint">Guide: {item.sections.map(sectionTitle).join('; ')}</p>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => void copyQuestion(questions.map((item) => `- ${item.question}`).join('\n'), 'all questions')}
      >
        Copy all questions
      </button>
      <p class="copy-status" role="status">
        {status}
      </p>
    </section>
  );
}

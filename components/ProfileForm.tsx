import type { WarningSignId } from '@/lib/guide/warning-sign-ids';
import { QUESTION_GROUPS, REQUIRED_ANSWERS, type ProfileDraft, type Question } from '@/lib/suitability';
import { BodyMap } from './BodyMap';

export interface ProfileFormProps {
  draft: ProfileDraft;
  onChange: (draft: ProfileDraft) => void;
}

const NO_PREFERENCE = '';

/** The questions, grouped; native radio buttons and checkboxes so keyboards and screen readers just work. */
export function ProfileForm({ draft, onChange }: ProfileFormProps) {
  const set = (patch: ProfileDraft) => onChange({ ...draft, ...patch });
  return (
    <form class="profile-form" aria-label="Your answers" onSubmit={(event) => event.preventDefault()}>
      {QUESTION_GROUPS.map((group) => (
        <section
          key={group.id}
          class={`question-group question-group--${group.id}`}
          aria-labelledby={`group-${group.id}`}
        >
          <h3 id={`group-${group.id}`} tabIndex={-1}>
            {group.title}
          </h3>
          {group.hint && <p class="hint">{group.hint}</p>}
          {group.id === 'pain' && <PainMap draft={draft} set={set} />}
          {group.questions.map((question) => (
            <QuestionFields key={`${question.field}-${question.legend}`} question={question} draft={draft} set={set} />
          ))}
          {group.id === 'background' && (
            <label class="choice choice--wide">
              <input
                type="checkbox"
                name="sensitiveMuscles"
                checked={draft.sensitiveMuscles === true}
                onChange={(event) => set({ sensitiveMuscles: event.currentTarget.checked ? true : undefined })}
              />
              My muscles are sensitive or tender
            </label>
          )}
        </section>
      ))}
    </form>
  );
}

/** The warning sign a mark between the shoulder blades leads to (NHS: an urgent GP appointment or 111). */
const SHOULDER_BLADES: WarningSignId = 'between-shoulder-blades';

function PainMap({ draft, set }: { draft: ProfileDraft; set: (patch: ProfileDraft) => void }) {
  return (
    <BodyMap
      location={draft.painLocation}
      onLocation={(painLocation) => set({ painLocation })}
      // Focus moves to the sign's own checkbox: the person reads the question and answers it there.
      onBetweenShoulderBlades={() => document.getElementById(`redFlags-${SHOULDER_BLADES}`)?.focus()}
      betweenShoulderBlades={draft.redFlags?.includes(SHOULDER_BLADES) ?? false}
    />
  );
}

function QuestionFields({
  question,
  draft,
  set,
}: {
  question: Question;
  draft: ProfileDraft;
  set: (patch: ProfileDraft) => void;
}) {
  const { field } = question;
  const hintId = question.hint ? `hint-${field}` : undefined;
  const optional = question.kind === 'one' && !(REQUIRED_ANSWERS as readonly string[]).includes(field);
  const current = draft[field];
  const none = { value: NO_PREFERENCE, label: question.noneLabel ?? 'No preference' };
  const choices = optional ? [...question.choices, none] : question.choices;
  return (
    <fieldset class={`question question--${question.kind}`} aria-describedby={hintId}>
      <legend>{question.legend}</legend>
      {question.hint && (
        <p class="hint" id={hintId}>
          {question.hint}
        </p>
      )}
      <div class="choices">
        {choices.map(({ value, label }) => {
          const id = `${field}-${value || 'none'}`;
          if (question.kind === 'one') {
            const checked = value === NO_PREFERENCE ? current === undefined : current === value;
            return (
              <label key={id} class="choice" for={id}>
                <input
                  id={id}
                  type="radio"
                  name={field}
                  value={value}
                  checked={checked}
                  onChange={() => set({ [field]: value === NO_PREFERENCE ? undefined : value })}
                />
                {label}
              </label>
            );
          }
          const list = (Array.isArray(current) ? current : []) as string[];
          return (
            <label key={id} class="choice" for={id}>
              <input
                id={id}
                type="checkbox"
                name={field}
                value={value}
                checked={list.includes(value)}
                onChange={(event) =>
                  set({ [field]: event.currentTarget.checked ? [...list, value] : list.filter((v) => v !== value) })
                }
              />
              {label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '@/lib/guide/vocabulary';
import { MAX_HOVER_DELAY_MS, type Settings } from '@/lib/settings/settings-schema';
import { HighlightPreview } from './HighlightPreview';

export interface SettingsFormProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** The toggle-site shortcut as the browser has it set, or null when none is set. */
  shortcut: string | null;
}

/** Every preference but the site list and backups; native controls, one fieldset per question. */
export function SettingsForm({ settings, onChange, shortcut }: SettingsFormProps) {
  /** Why the hover delay typed last was not saved; cleared by the next change that is. */
  const [delayProblem, setDelayProblem] = useState<string | null>(null);
  const toggleCategory = (category: Category, on: boolean) =>
    onChange({ categories: CATEGORIES.filter((c) => (c === category ? on : settings.categories.includes(c))) });

  return (
    <form class="settings-form" onSubmit={(event) => event.preventDefault()}>
      <section aria-labelledby="highlighting-heading">
        <h2 id="highlighting-heading">Highlighting</h2>
        <Checkbox name="enabled" checked={settings.enabled} onChange={(enabled) => onChange({ enabled })}>
          Highlight massage and back-pain terms on web pages
        </Checkbox>
        <fieldset disabled={!settings.enabled}>
          <legend>Kinds of terms to highlight</legend>
          {CATEGORIES.map((category) => (
            <Checkbox
              key={category}
              name={`category-${category}`}
              checked={settings.categories.includes(category)}
              onChange={(on) => toggleCategory(category, on)}
            >
              {CATEGORY_LABELS[category]}
            </Checkbox>
          ))}
        </fieldset>
        <Choice
          legend="How often to highlight a term"
          name="density"
          value={settings.density}
          disabled={!settings.enabled}
          options={[
            ['first', 'Its first few times on a page'],
            ['all', 'Every time it appears'],
          ]}
          onChange={(density) => onChange({ density })}
        />
        <Choice
          legend="Highlight style"
          name="style"
          value={settings.style}
          disabled={!settings.enabled}
          options={[
            ['underline', 'Coloured underline'],
            ['background', 'Soft background colour'],
          ]}
          onChange={(style) => onChange({ style })}
        />
        <HighlightPreview style={settings.style} categories={settings.categories} />
      </section>

      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">Explanation cards</h2>
        <Choice
          legend="Open a term's card"
          name="openOn"
          value={settings.openOn}
          options={[
            ['hover', 'When the pointer rests on it (from the keyboard: the explain and next-term shortcuts)'],
            ['click', 'Only when I click or tap it'],
          ]}
          onChange={(openOn) => onChange({ openOn })}
        />
        <div class="field">
          <label for="hover-delay">Wait before a card opens on hover (milliseconds)</label>
          <input
            id="hover-delay"
            type="number"
            min={0}
            max={MAX_HOVER_DELAY_MS}
            step={50}
            value={settings.hoverDelayMs}
            disabled={settings.openOn === 'click'}
            aria-describedby={delayProblem ? 'hover-delay-hint hover-delay-problem' : 'hover-delay-hint'}
            aria-invalid={delayProblem ? true : undefined}
            onChange={(event) => {
              const problem = checkHoverDelay(event.currentTarget.value, settings.hoverDelayMs);
              setDelayProblem(problem);
              if (!problem) onChange({ hoverDelayMs: Math.round(Number(event.currentTarget.value)) });
            }}
          />
          <p id="hover-delay-hint" class="hint">
            From 0 to {MAX_HOVER_DELAY_MS}. A longer wait keeps cards from opening while the pointer passes by.
          </p>
          {delayProblem && (
            <p id="hover-delay-problem" class="error" role="alert">
              {delayProblem}
            </p>
          )}
        </div>
        <Choice
          legend="Text size of cards and the checker"
          name="textSize"
          value={settings.textSize}
          options={[
            ['standard', 'Standard'],
            ['large', 'Large'],
            ['larger', 'Larger'],
          ]}
          onChange={(textSize) => onChange({ textSize })}
        />
      </section>

      <section aria-labelledby="toolbar-heading">
        <h2 id="toolbar-heading">Toolbar button</h2>
        <Checkbox name="badge" checked={settings.badge} onChange={(badge) => onChange({ badge })}>
          Show how many guide terms the current page has
        </Checkbox>
        <p class="hint">
          {shortcut
            ? `Press ${shortcut} to switch highlighting off or on for the site you are on.`
            : 'A keyboard shortcut can switch highlighting off or on for the site you are on; set one in your browser’s extension shortcuts.'}
        </p>
      </section>
    </form>
  );
}

/** Why a typed hover delay cannot be saved, in the person's words, or null when it can. */
export function checkHoverDelay(typed: string, current: number): string | null {
  const ms = Number(typed);
  if (typed.trim() === '' || !Number.isFinite(ms))
    return `Type a number of milliseconds from 0 to ${MAX_HOVER_DELAY_MS}; the wait stays at ${current}.`;
  if (ms < 0 || ms > MAX_HOVER_DELAY_MS)
    return `${typed} is outside 0 to ${MAX_HOVER_DELAY_MS} milliseconds, so it was not saved; the wait stays at ${current}.`;
  return null;
}

function Checkbox(props: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      {props.children}
    </label>
  );
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<readonly [T, string]>;
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} class="choice">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

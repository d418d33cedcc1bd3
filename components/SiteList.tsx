import { useState } from 'preact/hooks';
import { normalizeHostname } from '@/lib/settings/hostname';

export interface SiteListProps {
  sites: readonly string[];
  onAdd: (hostname: string) => void;
  onRemove: (hostname: string) => void;
}

/** The sites where highlighting is off: add one by name or address, switch one back on. */
export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHostname(text);
    if (!host) {
      setError(`“${text.trim()}” is not a site address. Type one like example.com.`);
      return;
    }
    setError(null);
    setText('');
    onAdd(host);
  };

  return (
    <div class="site-list">
      {sites.length === 0 ? (
        <p class="hint">Highlighting is on for every site.</p>
      ) : (
        <ul aria-label="Sites without highlighting">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" data-site={site} onClick={() => onRemove(site)}>
                Remove<span class="rl-visually-hidden"> {site} (highlighting comes back on there)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-list__add" onSubmit={add}>
        <label for="add-site">Switch highlighting off for a site</label>
        <div class="row">
          <input
            id="add-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'add-site-error' : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </div>
        {error && (
          <p id="add-site-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

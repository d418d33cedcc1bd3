import { type PRESSURES, type Technique } from '@/lib/guide';
import { termAnchor } from '@/lib/guide-page/term-id-from-hash';

const PRESSURE_LABELS: Record<(typeof PRESSURES)[number], string> = {
  light: 'Light',
  'light-to-moderate': 'Light to moderate',
  moderate: 'Moderate',
  'moderate-to-firm': 'Moderate to firm',
  firm: 'Firm',
  varies: 'Varies',
};

function ItemList({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span class="muted">{empty}</span>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The six techniques compared in one table, one row per technique. */
export function TechniqueTable({ techniques }: { techniques: readonly Technique[] }) {
  return (
    <section id="techniques" class="guide-section" aria-labelledby="techniques-title">
      <h2 id="techniques-title">Techniques side by side</h2>
      {/* Focusable so keyboard users can scroll the table sideways on narrow screens. */}
      <div class="table-scroll" role="region" aria-labelledby="techniques-caption" tabIndex={0}>
        <table class="technique-table">
          <caption id="techniques-caption">The six massage techniques in the guide, compared</caption>
          <thead>
            <tr>
              <th scope="col">Technique</th>
              <th scope="col">How it’s done</th>
              <th scope="col">Pressure</th>
              <th scope="col">Best for</th>
              <th scope="col">Ask a provider first if you have</th>
              <th scope="col">May not suit</th>
            </tr>
          </thead>
          <tbody>
            {techniques.map((technique) => (
              <tr key={technique.id}>
                <th scope="row">
                  <a href={`#${termAnchor(technique.termId)}`}>{technique.name}</a>
                </th>
                <td>
                  {technique.howItIsDone}
                  <span class="cell-note">{technique.feelsLike}</span>
                </td>
                <td>
                  <strong>{PRESSURE_LABELS[technique.pressure]}</strong>
                  <span class="cell-note">{technique.pressureNote}</span>
                </td>
                <td>
                  <ItemList items={technique.goodFor} empty="—" />
                </td>
                <td>
                  <ItemList items={technique.askFirst} empty="None named in the guide" />
                </td>
                <td>
                  <ItemList items={technique.notFor} empty="None named in the guide" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** What the extension does and how to use it; the extension opens guide.html#welcome on install. */
export function Welcome() {
  return (
    <section id="welcome" class="guide-section welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome</h2>
      <p>
        Relief Lens marks massage and back-pain words on the pages you read. Hover over a marked word, or focus or tap
        it, to see a short explanation from this guide.
      </p>
      <p>
        Click the Relief Lens button in the toolbar to describe your back pain and see which massage techniques may suit
        you, and why.
      </p>
      <p>
        <strong>It explains; it is not medical advice.</strong> Change what gets marked, and where, on the{' '}
        <a href="options.html">options page</a>.
      </p>
    </section>
  );
}

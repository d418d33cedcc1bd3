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
        The Relief Lens button in the toolbar opens the checker: describe your back pain and see which massage
        techniques may suit you, and why.
      </p>
      <h3>Keep the button in sight</h3>
      <div class="welcome__pin">
        <PinPicture />
        <ul>
          <li>
            <strong>Chrome and Edge</strong> first put a new extension in the Extensions menu (the puzzle-piece button
            at the right of the toolbar). Open that menu and click the pin beside Relief Lens (in Edge: the eye, “Show
            in toolbar”).
          </li>
          <li>
            <strong>Firefox</strong>: open the Extensions menu (the puzzle-piece button), click the gear beside Relief
            Lens and choose “Pin to Toolbar”.
          </li>
        </ul>
      </div>
      <p>
        <strong>It explains; it is not medical advice.</strong> Change what gets marked, and where, on the{' '}
        <a href="options.html">options page</a>.
      </p>
    </section>
  );
}

/** The toolbar, its Extensions menu open and the pin beside Relief Lens: drawn here, nothing fetched. */
function PinPicture() {
  const line = { fill: 'none', stroke: 'var(--rl-muted)', strokeWidth: 1.5 };
  return (
    <svg
      class="welcome__picture"
      viewBox="0 0 240 130"
      role="img"
      aria-label="The browser's toolbar with the puzzle-piece Extensions button open, and a pin beside Relief Lens in its menu."
    >
      <rect x={1} y={1} width={238} height={28} rx={6} style={{ ...line, fill: 'var(--rl-surface)' }} />
      <rect x={10} y={8} width={150} height={14} rx={7} style={{ ...line, fill: 'var(--rl-bg)' }} />
      {/* The puzzle piece, marked as the button to press. */}
      <rect x={196} y={5} width={22} height={20} rx={4} style={{ fill: 'var(--rl-accent)' }} />
      <path
        d="M201 11 h4 a2.5 2.5 0 0 1 5 0 h4 v4 a2.5 2.5 0 0 1 0 5 v2 h-13 Z"
        style={{ fill: 'var(--rl-accent-text)' }}
      />
      <rect x={92} y={34} width={146} height={86} rx={6} style={{ ...line, fill: 'var(--rl-bg)' }} />
      <text x={104} y={56} style={{ fill: 'var(--rl-text)', font: '600 12px system-ui, sans-serif' }}>
        Extensions
      </text>
      <rect x={98} y={70} width={134} height={30} rx={4} style={{ fill: 'var(--rl-surface)' }} />
      <circle cx={113} cy={85} r={7} style={{ fill: 'var(--rl-accent)' }} />
      <text x={126} y={89} style={{ fill: 'var(--rl-text)', font: '12px system-ui, sans-serif' }}>
        Relief Lens
      </text>
      {/* The pin, ringed. */}
      <circle cx={218} cy={85} r={10} style={{ fill: 'none', stroke: 'var(--rl-accent)', strokeWidth: 2.5 }} />
      <path d="M214 80 h8 l-1.5 5 l2.5 2 h-10 l2.5 -2 Z M218 87 v6" style={{ ...line, stroke: 'var(--rl-text)' }} />
    </svg>
  );
}

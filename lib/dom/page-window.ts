/** A window with its constructors (MutationObserver, StaticRange, Highlight…): DOM modules take the one they work in. */
export type PageWindow = Window & typeof globalThis;

import { startHighlightSession, type HighlightOptions } from '@/lib/dom/highlight-session';
import { answerPageTerms, reportTermTotal } from '@/lib/content/report-page-terms';
import { ignoreForgedScriptStarts, onNavigation } from '@/lib/content/context-guard';
import { startCards } from '@/lib/card/card-trigger';
import { listenForNoteInsertion } from '@/lib/content/note-insertion';
import { createYieldToPage } from '@/lib/dom/time-slicer';
import { whenShown } from '@/lib/dom/frame-view';
import { readGuideFormIndex } from '@/lib/match/guide-form-index';
import { isSiteEnabled, type Settings } from '@/lib/settings/settings-schema';
import { loadPageSettings, watchPageSettings } from '@/lib/settings/page-settings';
import type { Message } from '@/lib/messages';

/** The content script only wires: the session scans and draws, the reporter answers the popup. */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's window.postMessage on start tells every page the extension's id; nothing reads it any more.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    ignoreForgedScriptStarts(ctx, window);
    if (!(await whenShown(window, ctx.signal))) return;
    // A task of its own for everything below: the one that loads this script is already busy compiling
    // it. Later steps are split already: reading settings awaits storage, the session starts its first
    // scan on a task of its own, and the card's set-up begins by awaiting storage.
    await createYieldToPage(window)();
    const toOptions = (settings: Settings): HighlightOptions => ({
      enabled: isSiteEnabled(settings, location.hostname),
      categories: settings.categories,
      density: settings.density,
      style: settings.style,
    });
    let settings = await loadPageSettings();
    const session = startHighlightSession(ctx, {
      window,
      formIndex: readGuideFormIndex,
      onFirstHighlight: () =>
        void browser.runtime.sendMessage({ type: 'load-highlight-styles' } satisfies Message).catch(() => undefined),
      ...toOptions(settings),
    });
    ctx.onInvalidated(
      watchPageSettings((next) => {
        settings = next;
        session.update(toOptions(next));
      }),
    );
    onNavigation(ctx, window, () => session.restart());
    // Frames each run their own session; the popup asks each frame, the badge hears from the top frame only.
    const isTop = window === window.top;
    answerPageTerms(ctx, session, () => toOptions(settings).enabled, isTop);
    if (isTop) reportTermTotal(ctx, session);

    startCards(ctx, session);
    listenForNoteInsertion(ctx, document);
  },
});

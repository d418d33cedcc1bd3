import { listenFromStart } from '@/lib/input/trusted-input';

/**
 * Runs before any of the page's scripts, so that a page's own capture listener on its window cannot
 * keep the person's input from cards (lib/input/trusted-input.ts). It only registers listeners, so it
 * is a plain script, without the content-script runtime: wxt.config.ts lists it in the manifest's
 * content scripts at `document_start`.
 */
export default defineUnlistedScript(() => listenFromStart(window));

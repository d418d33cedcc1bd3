import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OUT } from './scripts/paths.mjs';

export default defineConfig({
  // Each developer or test run may build into its own folder so parallel builds never clobber each other.
  outDir: OUT,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The early listeners of lib/input/trusted-input.ts, in every frame before any page script.
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT takes the toolbar button's tooltip from the popup's <title>, which cannot hold a __MSG__ key.
      const toolbarButton = manifest.action ?? manifest.browser_action;
      if (toolbarButton) toolbarButton.default_title = '__MSG_actionTitle__';
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: ['<all_urls>'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_start',
          js: ['trusted-input.js'],
        },
      ];
    },
    // The content script runs in every frame of every page, and everything it calls answers promises
    // natively (Chrome MV3, Firefox), so it takes `browser` from WXT's plain export instead of the
    // polyfill: evaluating the polyfill cost every page load. The other entrypoints keep the polyfill
    // (the background answers messages with promises, which only the polyfill gives Chrome).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'content')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  zip: {
    artifactTemplate: 'relief-lens-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'relief-lens-{{version}}-sources.zip',
    // The sources zip is what Mozilla's reviewers rebuild from: code, config and lockfile, nothing generated.
    excludeSources: ['tests/**', 'test-results/**', 'bench-results/**', 'docs/**', '**/*.zip', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: the "Explain with Relief Lens" item on selected text.
    // scripting: the highlight styles are put into a frame when it first has a highlight, and the card's
    // code when a person first needs a card there. The scripting API needs host permissions for it; they
    // match the content script's own <all_urls>, so they add no install warning and reach no page the
    // content script does not already run in. They also put `url` on the tab the toggle-site shortcut
    // gets, so it needs neither `tabs` nor `activeTab`.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-site': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleSite__' },
      // Alt+Shift with a letter or punctuation is free in Chrome and Firefox and valid in both manifests.
      'explain-selection': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandExplainSelection__',
      },
      'next-term': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextTerm__' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousTerm__' },
    },
    // 105: the first Chrome with the CSS Custom Highlight API, which draws every highlight.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '105' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the CSS Custom Highlight API and data_collection_permissions (142 on Android).
            gecko: {
              // The add-on's permanent identity on addons.mozilla.org, chosen once and never to change:
              // AMO ties the listing and every update to it, and Firefox keeps the person's settings and
              // profile under it, so a new ID would be a new add-on that starts empty and gets no updates
              // of this one. A GUID because the project owns no domain, and an email-like ID should name a
              // domain its developer controls; a GUID is unique without one (docs/store/README.md).
              id: '{ee6e851b-426f-4d4c-874b-0ff43948c7a4}',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Each developer or test run may build into its own folder so parallel builds never clobber each other.
const outDir = process.env.RELIEF_LENS_OUT ?? '.output';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Relief Lens',
    description: 'Explains massage and back-pain terms on any page and checks which massage techniques suit you.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'relief-lens@relief-lens.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';

/**
 * End-to-end builds (POLICYLENS_E2E=1) add host access to the loopback test server only, because
 * automation cannot click the toolbar button that grants `activeTab`. They go to their own folder
 * so a release zip can never contain it; tests check the release manifest separately.
 */
const E2E = process.env.POLICYLENS_E2E === '1';
const E2E_HOSTS = ['http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: E2E ? '.output/e2e' : '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', ...(E2E && manifestVersion === 2 ? E2E_HOSTS : [])],
    ...(E2E && manifestVersion === 3 ? { host_permissions: E2E_HOSTS } : {}),
    // "Analyse automatically" asks for this at run time; the extension works without it.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_extension_name__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'policylens@policylens.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});

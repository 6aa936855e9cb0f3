// Build: React, the service worker that precaches the whole app (lazy chunks and PDF fonts too),
// the Content-Security-Policy for the built app, and the unit-test settings.
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Build with BASE_PATH=/bcp/ npm run build to serve the app from a sub-path. */
const base = process.env.BASE_PATH ?? '/';

// 'wasm-unsafe-eval' lets the PDF engine compile its layout WebAssembly; nothing else is loosened.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The CSP goes into the built index.html only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  base,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      // Fonts are matched by globPatterns below; listing them here too would precache them twice.
      includeAssets: ['icons/*.png', 'icons/*.svg', 'backup-format.schema.json', 'fonts/OFL.txt'],
      manifest: {
        name: 'Continuity Workbook',
        short_name: 'Continuity',
        description: 'Offline business continuity planning workbook',
        lang: 'en',
        theme_color: '#1d3557',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,ico,ttf,json,wasm,txt,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The UI's Korean font (.woff2, not in globPatterns) is fetched only when Korean text is
        // on screen; once fetched it is kept, so the Korean UI then works offline too.
        runtimeCaching: [
          {
            urlPattern: /\/fonts\/[^/]+\.woff2$/,
            handler: 'CacheFirst',
            options: { cacheName: 'ui-fonts', expiration: { maxEntries: 4 } },
          },
        ],
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 30_000,
  },
});

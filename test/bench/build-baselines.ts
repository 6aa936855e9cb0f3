// Builds the hello-world baseline app with the same Vite, React plugin and build target as the app.
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const HELLO_DIST = fileURLToPath(new URL('../../.bench/hello-dist', import.meta.url));

export async function buildHelloWorld(): Promise<string> {
  await build({
    root: fileURLToPath(new URL('./hello-world', import.meta.url)),
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { target: 'es2022', outDir: HELLO_DIST, emptyOutDir: true },
  });
  if (!existsSync(`${HELLO_DIST}/index.html`)) throw new Error('hello-world build failed');
  return HELLO_DIST;
}

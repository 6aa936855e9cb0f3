// Composition root: mounts the app. (Autosave installs its own pagehide flush when first loaded.)
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DB_NAME } from '../db/db';
import { hasJournals } from '../db/journal-check';
import { startStorage } from '../db/storage-start';
import { App, startCodeReady } from './app';
import { applyPalette } from './palette';
import './styles.css';

// Edits journalled by a page that went away before writing them: the first screen waits for their
// replay, so it never shows the older value (nor says "All changes saved" over a lost edit).
const replayFirst = hasJournals(DB_NAME);
// The diagram palette, shared with the SVG and the PDF, as CSS variables before the first paint.
applyPalette(document.documentElement.style);
// Open (or fall back from) the database first: the gate and banners explain what happened.
const storageStarted = startStorage().catch(() => undefined);
// A first render that suspended would hold the page back for React's reveal throttle (~300 ms).
Promise.all([startCodeReady, replayFirst ? storageStarted : undefined])
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
  .catch(showStartFailure);

/** The app's code could not load (a broken cache, a half-installed update): say so, plainly. */
function showStartFailure(error: unknown) {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.textContent = `Reload the page to start the app (${String(error).slice(0, 200)}). 페이지를 새로 고치세요.`;
  document.getElementById('root')!.replaceChildren(box);
}

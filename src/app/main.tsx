// Composition root: mounts the app. (Autosave installs its own pagehide flush when first loaded.)
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startStorage } from '../db/storage-start';
import { App, startCodeReady } from './app';
import { applyPalette } from './palette';
import './styles.css';

// The diagram palette, shared with the SVG and the PDF, as CSS variables before the first paint.
applyPalette(document.documentElement.style);
// Open (or fall back from) the database first: the gate and banners explain what happened.
void startStorage().catch(() => undefined);
// A first render that suspended would hold the page back for React's reveal throttle (~300 ms).
void startCodeReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

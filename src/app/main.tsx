// Composition root: mounts the app. (Autosave installs its own pagehide flush when first loaded.)
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startStorage } from '../db/storage-start';
import { App } from './app';
import './styles.css';

// Open (or fall back from) the database first: the gate and banners explain what happened.
void startStorage().catch(() => undefined);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Composition root: mounts the app, installs autosave flushing and the service worker prompt.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installFlushOnHide } from '../db/autosave';
import { App } from './app';
import './styles.css';

installFlushOnHide();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

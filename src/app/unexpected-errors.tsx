// The one handler for errors nobody caught: an `unhandledrejection` or an `error` event becomes the
// problem message (with a backup export) at the top of the page, instead of a silent console line.
import { useStore } from 'zustand';
import { dismissUnexpected, reportUnexpected, unexpectedErrorStore } from '../lib/unexpected-error';
import { ProblemMessage } from './problem-message';

// The browser's own noise, not a fault of the app.
const ignored = [/ResizeObserver loop/];

let installed = false;
export function installUnexpectedErrorHandlers(target: Window = window) {
  if (installed) return;
  installed = true;
  target.addEventListener('unhandledrejection', (event) => reportUnexpected(event.reason));
  target.addEventListener('error', (event) => {
    if (ignored.some((re) => re.test(event.message ?? ''))) return;
    reportUnexpected(event.error ?? event.message);
  });
}

export function UnexpectedErrorNotice() {
  const error = useStore(unexpectedErrorStore, (s) => s.error);
  if (!error) return null;
  return <ProblemMessage key={error.at} detail={error.message} onDismiss={dismissUnexpected} />;
}

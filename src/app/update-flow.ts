// What happens when a new version of the app is ready (the logic of update-prompt.tsx, kept apart
// so it is unit-tested): a tab reloads only after its own user accepted the update there, and only
// once its saves are written. Any other tab, taken over by the new version because a user accepted
// it elsewhere, writes its saves and shows the offer: it never reloads by itself.

export type UpdateFlowDeps = {
  /** Writes every pending save (the autosave queue's flush). */
  flush: () => Promise<void>;
  reload: () => void;
  /** Shows (or hides, with null) the offer; `accept` is what its button does. */
  show: (offer: { accept: () => Promise<void> } | null) => void;
};

export function createUpdateFlow(deps: UpdateFlowDeps) {
  let accepted = false;
  let skipWaiting: (() => Promise<void>) | null = null;
  const acceptHere = async () => {
    accepted = true;
    await deps.flush();
    if (skipWaiting) await skipWaiting();
    // Nothing waiting any more (another tab activated it already): this page just needs a reload.
    else deps.reload();
  };
  return {
    /** A new version is installed and waiting (registerSW's onNeedRefresh). */
    needRefresh(update: () => Promise<void>) {
      skipWaiting = update;
      deps.show({ accept: acceptHere });
    },
    /** The new version now controls this page (registerSW's onNeedReload, on `controlling`). */
    async needReload() {
      skipWaiting = null;
      await deps.flush();
      if (accepted) deps.reload();
      else deps.show({ accept: acceptHere });
    },
  };
}

export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * A tab left open for days still hears of a new version: asks the server hourly, and whenever the
 * tab becomes visible again. Returns the function that stops it.
 */
export function checkForUpdatesNowAndThen(
  registration: Pick<ServiceWorkerRegistration, 'update'>,
  doc: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> = document,
): () => void {
  const check = () => void registration.update().catch(() => undefined); // Offline: next time.
  const timer = setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  const onVisible = () => {
    if (doc.visibilityState === 'visible') check();
  };
  doc.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    doc.removeEventListener('visibilitychange', onVisible);
  };
}

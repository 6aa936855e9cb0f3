// True from two frames after the first screen has shown its page (storage opened, the gate passed):
// the storage notices and the service worker's registration load then, so they never hold back or
// enlarge the first screen (`npm run size` counts what is fetched before "New workbook" shows).
import { useEffect, useState } from 'react';
import { useStorageHealth } from '../features/storage/use-storage-health';

export function useAfterFirstScreen(): boolean {
  const started = useStorageHealth().mode !== 'starting';
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!started || after) return;
    // The first frame paints the page; the deferred work starts in the next.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setAfter(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [started, after]);
  return after;
}

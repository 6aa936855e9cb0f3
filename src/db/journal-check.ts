// Whether a save journal waits to be replayed (save-journal.ts): the one part of the journal the first
// screen needs, kept apart so the rest loads with the write path.
export const JOURNAL_PREFIX = 'cw-journal:';

/** Any tab's journal for this database; own page load has written none yet at start-up. */
export function hasJournals(dbName: string): boolean {
  try {
    const prefix = `${JOURNAL_PREFIX}${dbName}:`;
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {
    // No storage: nothing can have been journalled.
  }
  return false;
}

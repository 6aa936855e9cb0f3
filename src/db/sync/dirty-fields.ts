// Fields written on this device that the sync server has not confirmed yet, kept synchronously
// (localStorage) as each write succeeds: if the tab closes between the database commit and the
// document update reaching disk or the server, the next start sends these fields again from the
// database. Small: a record's key and field names, never values.
export type DirtyFields = {
  add(key: string, fields: 'all' | string[]): void;
  all(): Map<string, 'all' | string[]>;
  /** Forgets entries noted before `mark` (see `mark`). */
  clearUpTo(mark: number): void;
  /** A counter of additions: what the server has confirmed is everything noted up to then. */
  mark(): number;
};

type Entry = { f: 'all' | string[]; n: number };

/** One store per database and workbook; `storage` is localStorage in the app, a Map in tests. */
export function dirtyFields(name: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): DirtyFields {
  let entries = new Map<string, Entry>();
  let counter = 0;
  try {
    const saved = JSON.parse(storage?.getItem(name) ?? '{}') as Record<string, Entry>;
    entries = new Map(Object.entries(saved));
    counter = Math.max(0, ...[...entries.values()].map((e) => e.n));
  } catch {
    entries = new Map();
  }
  const save = () => {
    try {
      storage?.setItem(name, JSON.stringify(Object.fromEntries(entries)));
    } catch {
      // Storage full: the edit is in the database and in the document; only the tab-close window
      // of this one write is unprotected.
    }
  };
  return {
    add(key, fields) {
      const old = entries.get(key)?.f;
      const merged = old === 'all' || fields === 'all' ? 'all' : [...new Set([...(old ?? []), ...fields])];
      entries.set(key, { f: merged, n: ++counter });
      save();
    },
    all: () => new Map([...entries].map(([k, e]) => [k, e.f])),
    mark: () => counter,
    clearUpTo(mark) {
      let changed = false;
      for (const [k, e] of entries)
        if (e.n <= mark) {
          entries.delete(k);
          changed = true;
        }
      if (changed) save();
    },
  };
}

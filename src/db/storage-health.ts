// What state the browser's storage is in, for the banners and screens that explain it:
// a vanilla zustand store written by src/db/ and read by the storage feature.
import { createStore } from 'zustand/vanilla';

export type StorageMode =
  /** Not opened yet. */
  | 'starting'
  | 'ok'
  /** IndexedDB is unavailable (private mode, storage disabled): work lives in memory for this session. */
  | 'memory'
  /** Waiting: a tab of an older version holds the database open. */
  | 'blocked'
  /** A newer version upgraded the database while this tab was open: this tab stopped writing. */
  | 'stopped'
  /** The database was made by a newer version of the app than this one. */
  | 'newer'
  /** Upgrading the stored data failed; the data was left as it was. */
  | 'upgradeFailed';

export type StorageHealth = { mode: StorageMode; detail: string; installedVersion?: number };

export const storageHealthStore = createStore<{
  health: StorageHealth;
  set: (h: StorageHealth) => void;
}>()((set) => ({
  health: { mode: 'starting', detail: '' },
  set: (health) => set({ health }),
}));

export const setStorageHealth = (h: StorageHealth) => storageHealthStore.getState().set(h);

// What must run before this tab lets go of the database (the autosave queue registers its flush
// here when it loads, so opening the database does not pull the write path into the first screen).
const beforeRelease = new Set<() => Promise<void>>();
export const onBeforeRelease = (fn: () => Promise<void>) => void beforeRelease.add(fn);
export async function runBeforeRelease() {
  await Promise.allSettled([...beforeRelease].map((fn) => fn()));
}

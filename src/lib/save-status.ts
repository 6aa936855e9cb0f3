// The save status shown in the header: a vanilla zustand store, written by the autosave queue.
import { createStore } from 'zustand/vanilla';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  /** reasonKey is an i18n key; detail is the browser's own words, shown in small print. */
  | { kind: 'error'; reasonKey: string; detail?: string };

export const saveStatusStore = createStore<{ state: SaveState; set: (s: SaveState) => void }>()((set) => ({
  state: { kind: 'idle' },
  set: (state) => set({ state }),
}));

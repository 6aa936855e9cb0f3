// The save status shown in the header: a vanilla zustand store. `state` is written by the autosave
// queue; `failedWrite` by the guarded one-off writes (with their Retry); `drafts` lists create forms
// that hold text not saved yet, so the header never says "All changes saved" over them.
import { createStore } from 'zustand/vanilla';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  /** reasonKey is an i18n key; detail is the browser's own words, shown in small print. */
  | { kind: 'error'; reasonKey: string; detail?: string };

/** A one-off write (create, delete, undo) that failed, and how to try it again. */
export type FailedWrite = { reasonKey: string; detail?: string; retry: () => void };

type SaveStatusStore = {
  state: SaveState;
  set: (s: SaveState) => void;
  failedWrite: FailedWrite | null;
  setFailedWrite: (f: FailedWrite | null) => void;
  /** Draft keys (e.g. `<workbookId>:new-scenario`) of forms holding unsaved text. */
  drafts: readonly string[];
  setDraft: (key: string, unsaved: boolean) => void;
};

export const saveStatusStore = createStore<SaveStatusStore>()((set, get) => ({
  state: { kind: 'idle' },
  set: (state) => set({ state }),
  failedWrite: null,
  setFailedWrite: (failedWrite) => set({ failedWrite }),
  drafts: [],
  setDraft: (key, unsaved) => {
    const has = get().drafts.includes(key);
    if (unsaved && !has) set({ drafts: [...get().drafts, key] });
    if (!unsaved && has) set({ drafts: get().drafts.filter((k) => k !== key) });
  },
}));

/** Shows a failed one-off write in the header, with a Retry that runs it again. */
export const reportFailedWrite = (failure: FailedWrite) => saveStatusStore.getState().setFailedWrite(failure);

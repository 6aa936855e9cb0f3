// What the screen shows about sync, per workbook: the connection's state, who else is here and on
// which step, and the edits of this device that lost to someone else's (to copy back).
import type { TableName } from '../../domain/tables';
import { create } from 'zustand';

export type SyncStatus = 'connecting' | 'connected' | 'offline' | 'refused';
export type Refused = { reason: 'auth' } | { reason: 'newerSchema'; docVersion: number; appVersion: number };
export type Peer = { clientId: number; name: string; step: string };
export type LostNotice = {
  key: string;
  table: TableName;
  field: string;
  /** The record's name when its value lost (the notice names it: "Payroll — …"). */
  name: string;
  lost: string;
  kept: string;
};

export type WorkbookSync = {
  status: SyncStatus;
  readOnly: boolean;
  refused: Refused | null;
  peers: Peer[];
  lost: LostNotice[];
};

type SyncStore = {
  byWorkbook: Record<string, WorkbookSync>;
  update(workbookId: string, change: Partial<WorkbookSync>): void;
  addLost(workbookId: string, notice: LostNotice): void;
  dismissLost(workbookId: string, key: string): void;
  forget(workbookId: string): void;
};

const initial: WorkbookSync = { status: 'connecting', readOnly: false, refused: null, peers: [], lost: [] };

export const useSyncStore = create<SyncStore>()((set) => ({
  byWorkbook: {},
  update: (id, change) =>
    set((s) => ({ byWorkbook: { ...s.byWorkbook, [id]: { ...(s.byWorkbook[id] ?? initial), ...change } } })),
  addLost: (id, notice) =>
    set((s) => {
      const cur = s.byWorkbook[id] ?? initial;
      // The newest notice per field: an older one about the same field is superseded.
      const lost = [...cur.lost.filter((n) => n.key !== notice.key), notice];
      return { byWorkbook: { ...s.byWorkbook, [id]: { ...cur, lost } } };
    }),
  dismissLost: (id, key) =>
    set((s) => {
      const cur = s.byWorkbook[id] ?? initial;
      return {
        byWorkbook: { ...s.byWorkbook, [id]: { ...cur, lost: cur.lost.filter((n) => n.key !== key) } },
      };
    }),
  forget: (id) =>
    set((s) => {
      const rest = { ...s.byWorkbook };
      delete rest[id];
      return { byWorkbook: rest };
    }),
}));

// Checklist filters and the matrix phase: UI state only, kept while the planner moves between steps.
import { create } from 'zustand';
import { noFilter, type ChecklistFilter, type MatrixPhase } from '../../domain/checklist';

type Store = {
  filter: ChecklistFilter;
  phase: MatrixPhase;
  setFilter: (patch: Partial<ChecklistFilter>) => void;
  setPhase: (phase: MatrixPhase) => void;
};

export const useChecklistStore = create<Store>()((set) => ({
  filter: noFilter,
  phase: 'incident',
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  setPhase: (phase) => set({ phase }),
}));

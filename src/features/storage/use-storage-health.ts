// The storage state and the save status, as React hooks over their vanilla stores.
import { useStore } from 'zustand';
import { storageHealthStore } from '../../db/storage-health';
import { saveStatusStore } from '../../lib/save-status';

export const useStorageHealth = () => useStore(storageHealthStore, (s) => s.health);
export const useSaveState = () => useStore(saveStatusStore, (s) => s.state);

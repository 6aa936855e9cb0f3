// The storage state as a React hook over its vanilla store. (The save status has its own hook in
// the banners: the first screen's storage gate need not load the save status store.)
import { useStore } from 'zustand';
import { storageHealthStore } from '../../db/storage-health';

export const useStorageHealth = () => useStore(storageHealthStore, (s) => s.health);

// The shape of one database migration: Dexie stores for that version and an optional data upgrade.
import type { Transaction } from 'dexie';

export type Migration = {
  version: number;
  stores: Record<string, string | null>;
  /** Runs inside Dexie's upgrade transaction; if it throws, the whole upgrade rolls back. */
  upgrade?: (tx: Transaction) => Promise<void>;
};

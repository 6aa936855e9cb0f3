// Sync's reads and writes: the workbook's local-only sync settings (through the guarded write
// path) and the user's display name. The connection itself loads on demand (connection.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { guardedWrite } from '../../db/guarded-write';
import { getRecord } from '../../db/records';
import {
  clearSyncSettings,
  readSyncName,
  readSyncSettings,
  writeSyncName,
  writeSyncSettings,
  type SyncSettings,
} from '../../db/sync/settings';
import { newSecret, type Invite } from './invite';

export type { SyncSettings };

/** The live connection's code: Yjs and the provider, fetched only once sync is on. */
export const loadConnection = () => import('./connection');

export const useSyncSettings = (workbookId: string) =>
  useLiveQuery(() => readSyncSettings(workbookId), [workbookId], 'loading' as const);

/** The shared workbook once its record has arrived from the server (null until then). */
export const useReceivedWorkbook = (workbookId: string) =>
  useLiveQuery(() => getRecord('workbooks', workbookId), [workbookId], null);

export const useSyncName = () => useLiveQuery(readSyncName, [], '');

export const saveSyncName = (name: string) => guardedWrite(() => writeSyncName(name));

/** New edit and read-only secrets; the first connection registers them with the server. */
export function turnSharingOn(workbookId: string, server: string) {
  return guardedWrite(async () => {
    const settings: SyncSettings = {
      server: server.replace(/\/+$/, ''),
      secret: newSecret(),
      readSecret: newSecret(),
      readOnly: false,
      register: true,
      rotateTo: null,
    };
    await writeSyncSettings(workbookId, settings);
    await (await loadConnection()).startSync(workbookId);
  });
}

/** New secrets replace the old ones on the server at the next connection (made at once). */
export function rotateSecret(workbookId: string, settings: SyncSettings) {
  return guardedWrite(async () => {
    await writeSyncSettings(workbookId, {
      ...settings,
      rotateTo: { secret: newSecret(), readSecret: newSecret() },
    });
    await (await loadConnection()).reconnect(workbookId);
  });
}

/** Stops syncing on this device and forgets the secrets and the device's copy of the document. */
export function turnSyncOff(workbookId: string) {
  return guardedWrite(async () => {
    (await loadConnection()).stopSync(workbookId, { forget: true });
    await clearSyncSettings(workbookId);
  });
}

/** Stores what an invite link carries and starts receiving the workbook. */
export function joinShared(invite: Invite) {
  return guardedWrite(async () => {
    const existing = await readSyncSettings(invite.w);
    if (!existing || existing.secret !== invite.s) {
      await writeSyncSettings(invite.w, {
        server: invite.u,
        secret: invite.s,
        readSecret: null,
        readOnly: invite.r,
        register: false,
        rotateTo: null,
      });
    }
    const connection = await loadConnection();
    if (existing && existing.secret !== invite.s) connection.stopSync(invite.w);
    await connection.startSync(invite.w);
  });
}

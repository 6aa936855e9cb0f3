// A shared workbook's live connection, loaded only when sync is on for it (Yjs, the provider and
// the local copy of the document are not in any other chunk). The document is kept in this
// browser (y-indexeddb) so that offline edits survive a closed tab and merge on reconnect; the
// binding (db/sync/binding.ts) keeps it and Dexie in step. One connection per workbook per tab.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { reportUnexpected } from '../../lib/unexpected-error';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { getDb } from '../../db/db';
import { bindWorkbook, type Binding, type LostEdit } from '../../db/sync/binding';
import { dirtyFields } from '../../db/sync/dirty-fields';
import { readSyncName, readSyncSettings, writeSyncSettings, type SyncSettings } from '../../db/sync/settings';
import { recordName } from '../../domain/version-compare';
import { loadCatalogues } from '../../i18n';
import { socketUrl, tokenFor } from './invite';
import { labelNamespaces } from './lost-label';
import { useSyncStore, type Peer } from './sync-store';

type Connection = {
  provider: HocuspocusProvider;
  persistence: IndexeddbPersistence;
  binding: Binding;
  doc: Y.Doc;
};

const live = new Map<string, Connection>();
const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

const starting = new Map<string, Promise<void>>();

/** Starts syncing a workbook whose settings are stored (does nothing if it runs or is starting). */
export function startSync(workbookId: string): Promise<void> {
  if (live.has(workbookId)) return Promise.resolve();
  let start = starting.get(workbookId);
  if (!start) {
    start = open(workbookId).finally(() => starting.delete(workbookId));
    starting.set(workbookId, start);
  }
  return start;
}

async function open(workbookId: string): Promise<void> {
  const settings = await readSyncSettings(workbookId);
  if (!settings) return;
  const store = useSyncStore.getState();
  store.update(workbookId, { status: 'connecting', readOnly: settings.readOnly, refused: null });
  const db = getDb();
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`cw-sync:${db.name}:${workbookId}`, doc);
  // The saved copy first, before anything is bound: it is what this device knew.
  await persistence.whenSynced;
  const hadCopy = doc.store.clients.size > 0;
  const binding = bindWorkbook(db, doc, workbookId, {
    readOnly: settings.readOnly,
    dirty: dirtyFields(`cw-sync-dirty:${db.name}:${workbookId}`, safeLocalStorage()),
    onLost: (edit: LostEdit) => {
      // The notice names the record and the field in words: the record's name, and the labels'
      // catalogues, are fetched first (a moment; nothing is lost meanwhile).
      const named = Promise.all([
        getDb()[edit.table].get(edit.id),
        loadCatalogues([...labelNamespaces]),
      ]).then(
        ([row]) => (row ? recordName(row as never) : ''),
        () => '',
      );
      named
        .then((name) =>
          useSyncStore.getState().addLost(workbookId, {
            key: `${edit.table}:${edit.id}:${edit.field}`,
            table: edit.table,
            field: edit.field,
            name,
            lost: text(edit.lost),
            kept: text(edit.kept),
          }),
        )
        .catch(reportUnexpected);
    },
    onRefused: (r) => useSyncStore.getState().update(workbookId, { status: 'refused', refused: r }),
  });
  // Offline start with a saved copy: reconcile now. First connection on this device: after the
  // server's copy is here, so records are not made twice.
  let started = hadCopy ? binding.start() : null;
  let current: SyncSettings = settings;
  const provider = new HocuspocusProvider({
    url: socketUrl(settings.server),
    name: `wb:${workbookId}`,
    document: doc,
    // Back quickly after a server restart or a network change (the default waits up to 30 s);
    // the provider hands these to the socket it makes, though its type does not list them.
    ...({ minDelay: 250, maxDelay: 2000 } as object),
    token: () =>
      current.rotateTo
        ? tokenFor(current.secret, { rotate: current.rotateTo })
        : current.register && current.readSecret
          ? tokenFor(current.secret, { register: { readSecret: current.readSecret } })
          : tokenFor(current.secret),
    onAuthenticated: () => {
      const readOnly = current.readOnly || provider.authorizedScope === 'readonly';
      useSyncStore.getState().update(workbookId, { readOnly });
      confirmSecrets().catch(reportUnexpected);
    },
    onAuthenticationFailed: () => {
      useSyncStore.getState().update(workbookId, { status: 'refused', refused: { reason: 'auth' } });
      // Nothing was received; a copy made just now for this link is not kept.
      stopSync(workbookId, { clearCopy: !hadCopy });
    },
    onSynced: () => {
      started ??= binding.start();
      started
        .then(() => {
          if (!binding.refusal) useSyncStore.getState().update(workbookId, { status: 'connected' });
        })
        .catch(reportUnexpected);
    },
    onStatus: ({ status }) => {
      if (binding.refusal || useSyncStore.getState().byWorkbook[workbookId]?.status === 'refused') return;
      if (status === WebSocketStatus.Disconnected)
        useSyncStore.getState().update(workbookId, { status: 'offline', peers: [] });
    },
    onClose: ({ event }) => {
      // The owner made new links: the server closed this connection. Connect again with this
      // device's secret: refused (and said so) if it was one of the old ones.
      if (event.reason === 'credentials-rotated' && live.get(workbookId)?.provider === provider)
        reconnect(workbookId).catch(reportUnexpected);
    },
    onUnsyncedChanges: ({ number }) => {
      if (number === 0 && provider.isSynced) binding.confirm();
    },
    onAwarenessChange: ({ states }) => {
      const peers: Peer[] = states
        .filter((s) => s.clientId !== doc.clientID && typeof s.user === 'object' && s.user !== null)
        .map((s) => {
          const user = s.user as { name?: unknown; step?: unknown };
          return { clientId: s.clientId, name: text(user.name ?? ''), step: text(user.step ?? '') };
        });
      useSyncStore.getState().update(workbookId, { peers });
    },
  });
  live.set(workbookId, { provider, persistence, binding, doc });
  provider.setAwarenessField('user', { name: await readSyncName(), step: '' });

  /** The server accepted a registration or rotation: from now on connect with the plain secret. */
  async function confirmSecrets() {
    if (!current.register && !current.rotateTo) return;
    const next: SyncSettings = current.rotateTo
      ? {
          ...current,
          secret: current.rotateTo.secret,
          readSecret: current.rotateTo.readSecret,
          rotateTo: null,
        }
      : { ...current, register: false };
    current = next;
    await writeSyncSettings(workbookId, next);
  }
}

/** Connects again with the stored settings (after a rotation was asked for: the next token carries it). */
export async function reconnect(workbookId: string): Promise<void> {
  stopSync(workbookId);
  await startSync(workbookId);
}

/** Tells the others which step this device is on and under which name. */
export function setPresence(workbookId: string, user: { name: string; step: string }) {
  live.get(workbookId)?.provider.setAwarenessField('user', user);
}

/** Stops the connection; `forget` also drops the device's copy and the status (sync turned off). */
export function stopSync(
  workbookId: string,
  { forget = false, clearCopy = forget }: { forget?: boolean; clearCopy?: boolean } = {},
) {
  const conn = live.get(workbookId);
  if (!conn) return;
  live.delete(workbookId);
  conn.binding.stop();
  conn.provider.destroy();
  (clearCopy ? conn.persistence.clearData() : conn.persistence.destroy()).catch(reportUnexpected);
  conn.doc.destroy();
  if (forget) useSyncStore.getState().forget(workbookId);
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

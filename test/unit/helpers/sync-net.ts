// In-memory devices for sync tests: each has its own Dexie database (fake-indexeddb), its own
// Y.Doc bound to it, and a link to a hub document standing in for the server. A device goes
// offline by dropping its link (edits keep landing in its database and document) and comes back
// by exchanging state vectors with the hub, as the provider does on reconnect.
import * as Y from 'yjs';
import { openDatabase, setDatabase, type WorkbookDb } from '../../../src/db/db';
import { bindWorkbook, type Binding, type BindOptions, type LostEdit } from '../../../src/db/sync/binding';
import { dirtyFields } from '../../../src/db/sync/dirty-fields';
import { tableNames } from '../../../src/domain/tables';

export type Device = {
  name: string;
  db: WorkbookDb;
  doc: Y.Doc;
  binding: Binding;
  lost: LostEdit[];
  online: boolean;
  /** Makes this device's database the one records.ts writes to (writes run one at a time). */
  use(): void;
};

let n = 0;
export class SyncNet {
  readonly hub = new Y.Doc();
  readonly devices: Device[] = [];

  constructor() {
    this.hub.on('update', (update: Uint8Array, origin: unknown) => {
      for (const d of this.devices) if (d.online && d !== origin) Y.applyUpdate(d.doc, update, this);
    });
  }

  /** A device bound to `workbookId`; online and started unless told otherwise. */
  async device(
    name: string,
    workbookId: string,
    options: Partial<BindOptions> & { offline?: boolean; db?: WorkbookDb; doc?: Y.Doc } = {},
  ) {
    const db = options.db ?? openDatabase(`sync-${process.pid}-${n++}`);
    const doc = options.doc ?? new Y.Doc();
    const lost: LostEdit[] = [];
    const binding = bindWorkbook(db, doc, workbookId, {
      dirty: dirtyFields(name, null),
      onLost: (e) => lost.push(e),
      ...options,
    });
    const device: Device = { name, db, doc, binding, lost, online: false, use: () => setDatabase(db) };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (device.online && origin !== this) Y.applyUpdate(this.hub, update, device);
    });
    this.devices.push(device);
    if (!options.offline) this.connect(device);
    await binding.start();
    return device;
  }

  connect(d: Device) {
    d.online = true;
    Y.applyUpdate(this.hub, Y.encodeStateAsUpdate(d.doc, Y.encodeStateVector(this.hub)), d);
    Y.applyUpdate(d.doc, Y.encodeStateAsUpdate(this.hub, Y.encodeStateVector(d.doc)), this);
  }

  disconnect(d: Device) {
    d.online = false;
  }

  /** Waits until every committed write reached the documents and every remote change Dexie. */
  async settle() {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 0));
      await Promise.all(this.devices.map((d) => d.binding.idle()));
    }
  }

  async close() {
    for (const d of this.devices) {
      d.binding.stop();
      d.db.close();
      await d.db.delete();
    }
    setDatabase(null);
  }
}

/** A database of its own with one workbook in it, made through the app's write path. */
export async function ownerDatabase<R>(make: () => Promise<R>) {
  const db = openDatabase(`sync-${process.pid}-${n++}`);
  setDatabase(db);
  return { db, made: await make() };
}

/** Every record of every table, sorted by id: what "identical contents" compares. */
export async function contents(db: WorkbookDb) {
  const out: Record<string, unknown[]> = {};
  for (const t of tableNames) {
    const rows = await db[t].toArray();
    if (rows.length) out[t] = rows.sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

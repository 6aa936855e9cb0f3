// Binds one workbook's records in Dexie to its Yjs document, both ways. Local writes (seen by the
// change feed, whatever made them) go into the document as the fields they changed; a peer's
// changes are applied to Dexie in one transaction marked remote (so they are not sent back) and
// reach the screen through the live queries. When a peer's value replaces one this device wrote
// without having seen it (a concurrent edit of the same field), this device's value lost: Yjs
// picks the same winner everywhere, and the loser is told with the value it lost.
import * as Y from 'yjs';
import { SCHEMA_VERSION } from '../migrations';
import { restoreRecord } from '../restore';
import { tableNames, type TableName } from '../../domain/tables';
import type { WorkbookDb } from '../db';
import { markRemote, watchWrites, type CommittedChange } from './change-feed';
import type { DirtyFields } from './dirty-fields';
import { BOOKKEEPING, LOCAL, docSchemaVersion, metaMap, sameValue, tableMap, writeFields } from './sync-doc';

export type LostEdit = { table: TableName; id: string; field: string; lost: unknown; kept: unknown };
export type Refusal = { reason: 'newerSchema'; docVersion: number; appVersion: number };

export type BindOptions = {
  readOnly?: boolean;
  dirty: DirtyFields;
  onLost?: (edit: LostEdit) => void;
  onRefused?: (refusal: Refusal) => void;
  /** Tests pretend to be an older app. */
  schemaVersion?: number;
};

export type Binding = {
  /** Once the document holds what this device knows (its saved copy, or the server's): reconcile. */
  start(): Promise<void>;
  /** Resolves when every remote change seen so far is in Dexie. */
  idle(): Promise<void>;
  /** The server has everything sent so far: forget the dirty markers of what was sent. */
  confirm(): void;
  readonly refusal: Refusal | null;
  stop(): void;
};

const key = (table: TableName, id: string) => `${table}:${id}`;
const splitKey = (k: string) => {
  const i = k.indexOf(':');
  return [k.slice(0, i) as TableName, k.slice(i + 1)] as const;
};
type ItemId = { client: number; clock: number };
type YItem = { id: ItemId; origin: ItemId | null; deleted: boolean };
const itemOf = (map: Y.Map<unknown>, field: string) =>
  (map as unknown as { _map: Map<string, YItem> })._map.get(field);

export function bindWorkbook(db: WorkbookDb, doc: Y.Doc, workbookId: string, options: BindOptions): Binding {
  const appVersion = options.schemaVersion ?? SCHEMA_VERSION;
  const known = new Set<string>(tableNames);
  let refusal: Refusal | null = null;
  /** Dirty markers up to this one are in the document (sent, or to be sent on reconnect). */
  let pushedMark = 0;
  let started = false;
  /** The item of this device's last write of each field: to tell a lost edit from a later one. */
  const mine = new Map<string, { item: ItemId; value: unknown }>();
  const canWrite = () => !options.readOnly && refusal === null;

  const checkSchema = () => {
    const v = docSchemaVersion(doc);
    if (v !== null && v > appVersion && refusal === null) {
      refusal = { reason: 'newerSchema', docVersion: v, appVersion };
      options.onRefused?.(refusal);
    }
    return v;
  };

  const remember = (table: TableName, id: string, fields: readonly string[]) => {
    const record = tableMap(doc, table).get(id);
    if (!record) return;
    for (const f of fields) {
      const item = itemOf(record, f);
      if (item && !BOOKKEEPING.has(f))
        mine.set(`${key(table, id)}:${f}`, { item: item.id, value: record.get(f) });
    }
  };

  const push = (
    changes: { table: TableName; id: string; value: Record<string, unknown>; fields: 'all' | string[] }[],
  ) => {
    if (!canWrite() || changes.length === 0) return;
    pushedMark = options.dirty.mark();
    doc.transact(() => {
      for (const c of changes) {
        const fields = c.fields === 'all' ? Object.keys(c.value) : c.fields;
        remember(c.table, c.id, writeFields(doc, c.table, c.id, c.value, fields));
      }
    }, LOCAL);
  };

  const ours = (c: CommittedChange) => c.workbookId === workbookId;
  const unwatch = watchWrites(
    db,
    (changes, remote) => {
      if (!remote) push(changes.filter(ours));
    },
    (change, remote) => {
      if (!remote && ours(change) && canWrite())
        options.dirty.add(key(change.table, change.id), change.fields);
    },
  );

  // Remote → Dexie, serialised: each batch is one transaction.
  let queue: Promise<void> = Promise.resolve();
  const waiting = new Set<string>();
  const scheduleApply = (keys: Iterable<string>) => {
    for (const k of keys) waiting.add(k);
    queue = queue
      .then(applyWaiting)
      .catch((error: unknown) => console.error('Sync could not apply an update', error));
  };

  async function applyWaiting() {
    // Before start() has sent this device's unconfirmed edits, a peer's record would overwrite them.
    if (waiting.size === 0 || refusal || !started) return;
    const keys = [...waiting];
    waiting.clear();
    const tables = [...new Set(keys.map((k) => splitKey(k)[0]))];
    await db.transaction(
      'rw',
      tables.map((t) => db[t]),
      async (tx) => {
        markRemote(tx);
        for (const k of keys) {
          const [table, id] = splitKey(k);
          const json = tableMap(doc, table).get(id)?.toJSON();
          if (!json) continue;
          // A peer writes only into this workbook.
          if (table === 'workbooks' ? id !== workbookId : json.workbookId !== workbookId) continue;
          const record = restoreRecord(table, { ...json, id });
          if (!record) continue;
          const stored = await db[table].get(id);
          if (sameValue(stored, record)) continue;
          await db[table].put(record as never);
        }
      },
    );
  }

  const onTable = (table: TableName) => (events: Y.YEvent<Y.AbstractType<unknown>>[], tx: Y.Transaction) => {
    if (tx.origin === LOCAL) return;
    const records = tableMap(doc, table);
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === records) {
        for (const id of event.changes.keys.keys()) changed.add(key(table, id));
        continue;
      }
      const id = String(event.path[0]);
      changed.add(key(table, id));
      const record = event.target as Y.Map<unknown>;
      for (const [field, change] of event.changes.keys) {
        const k = `${key(table, id)}:${field}`;
        const last = mine.get(k);
        if (!last || change.action === 'add') continue;
        mine.delete(k);
        const now = itemOf(record, field);
        // A later edit made after seeing ours names our item as its origin; anything else is concurrent.
        const sawOurs =
          now?.origin && now.origin.client === last.item.client && now.origin.clock === last.item.clock;
        if (!sawOurs && !sameValue(last.value, record.get(field)))
          options.onLost?.({ table, id, field, lost: last.value, kept: record.get(field) });
      }
    }
    scheduleApply(changed);
  };
  const observers = tableNames.map((table) => {
    const observer = onTable(table);
    tableMap(doc, table).observeDeep(observer);
    return () => tableMap(doc, table).unobserveDeep(observer);
  });
  const onMeta = () => void checkSchema();
  metaMap(doc).observe(onMeta);

  return {
    get refusal() {
      return refusal;
    },
    async start() {
      const v = checkSchema();
      if (refusal) return;
      if (canWrite() && (v === null || v < appVersion))
        doc.transact(() => metaMap(doc).set('schemaVersion', appVersion), LOCAL);
      if (canWrite()) await reconcile();
      started = true;
      // Everything the document holds (a saved copy, or what arrived before) into Dexie.
      const all: string[] = [];
      for (const name of doc.share.keys()) {
        const table = name.slice(2) as TableName;
        if (!name.startsWith('t:') || !known.has(table)) continue;
        for (const id of tableMap(doc, table).keys()) all.push(key(table, id));
      }
      scheduleApply(all);
      await queue;
    },
    idle: async () => {
      await queue;
    },
    confirm: () => options.dirty.clearUpTo(pushedMark),
    stop() {
      unwatch();
      observers.forEach((f) => f());
      metaMap(doc).unobserve(onMeta);
    },
  };

  /**
   * Dexie → document, for what the document may have missed: fields noted dirty (written, not
   * confirmed), records it does not have, and records changed in Dexie after the document's copy
   * (a save replayed from the journal at start, before sync was running).
   */
  async function reconcile() {
    const dirty = options.dirty.all();
    const changes: Parameters<typeof push>[0] = [];
    for (const table of tableNames) {
      const rows = (
        table === 'workbooks'
          ? await db.workbooks.where('id').equals(workbookId).toArray()
          : await db[table].where('workbookId').equals(workbookId).toArray()
      ) as Record<string, unknown>[];
      const records = tableMap(doc, table);
      for (const row of rows) {
        const id = String(row.id);
        const inDoc = records.get(id);
        const noted = dirty.get(key(table, id));
        if (!inDoc || noted === 'all') changes.push({ table, id, value: row, fields: 'all' });
        else if (noted) changes.push({ table, id, value: row, fields: noted });
        else if (String(row.updatedAt) > String(inDoc.get('updatedAt')))
          // Only what differs: the rest may be a peer's value this device has not applied yet.
          changes.push({
            table,
            id,
            value: row,
            fields: Object.keys(row).filter((f) => !sameValue(row[f], inDoc.get(f))),
          });
      }
    }
    push(changes);
  }
}

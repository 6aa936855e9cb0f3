// The shape of a shared workbook as a Yjs document: `meta` holds the schema version, and each
// table of the registry (domain/tables.ts) is a map `t:<table>` keyed by record id, each record a
// map of its fields, so two people's edits to different fields of one record both survive. A
// table added to the registry later syncs with no code here.
import * as Y from 'yjs';
import type { TableName } from '../../domain/tables';

/** Origin of transactions made on this device (everything else came from a peer or the disk). */
export const LOCAL = Symbol('local');

/** Bookkeeping fields every write changes: a concurrent change to them is no one's lost work. */
export const BOOKKEEPING = new Set(['rev', 'updatedAt']);

export const tableMap = (doc: Y.Doc, table: TableName) => doc.getMap<Y.Map<unknown>>(`t:${table}`);
export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>('meta');

export function docSchemaVersion(doc: Y.Doc): number | null {
  const v = metaMap(doc).get('schemaVersion');
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/** Plain-JSON equality (key order ignored), for "did this field change". */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Writes the given fields of a record into the document (must run inside a transaction), only
 * those whose value differs. Returns the fields written.
 */
export function writeFields(
  doc: Y.Doc,
  table: TableName,
  id: string,
  value: Record<string, unknown>,
  fields: readonly string[],
): string[] {
  const records = tableMap(doc, table);
  let record = records.get(id);
  const written: string[] = [];
  if (!record) {
    record = new Y.Map<unknown>();
    for (const f of Object.keys(value)) if (value[f] !== undefined) record.set(f, value[f]);
    records.set(id, record);
    return Object.keys(value);
  }
  for (const f of fields) {
    if (value[f] === undefined || sameValue(record.get(f), value[f])) continue;
    record.set(f, value[f]);
    written.push(f);
  }
  return written;
}

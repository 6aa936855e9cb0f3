// References between records of an imported backup. A file made by this app can point at a
// record that is not in it: deleting a scenario soft-deletes only the scenario, and a backup holds
// live records only, so its policy checks stay behind. Such a file must still import, so dangling
// references are repaired, never refused:
// - a record that cannot exist without its parent (a policy check or mitigation action without
//   its scenario, a lesson without its incident) is left out: it was not visible in the app;
// - an optional reference (an action's source incident, a lesson's action, a contact's caller,
//   a scenario's affected dependency) that points nowhere is cleared.
// A reference must point into the same workbook. The import dialog says how many were repaired.
import type { BackupData } from '../domain/backup';
import { relations } from '../domain/relations';
import type { TableName } from '../domain/tables';

export type Repairs = { droppedRecords: number; clearedReferences: number };

type Row = { id: string; workbookId?: string } & Record<string, unknown>;

export function repairReferences(data: BackupData): { data: BackupData; repairs: Repairs } {
  const repairs: Repairs = { droppedRecords: 0, clearedReferences: 0 };
  const out = { ...data } as unknown as Record<TableName, Row[]>;
  // Ids per table, keyed by workbook: a reference must stay inside its own workbook.
  const key = (workbookId: unknown, id: unknown) => `${String(workbookId)}/${String(id)}`;
  const idsOf = (table: TableName) => new Set(out[table].map((r) => key(r.workbookId, r.id)));

  // Leave out records whose required parent is missing; repeat, as leaving one out can orphan others.
  const required = relations.filter((r) => r.kind === 'required');
  for (let changed = true; changed;) {
    changed = false;
    for (const { table, field, target } of required) {
      const targets = idsOf(target);
      const kept = out[table].filter((r) => targets.has(key(r.workbookId, r[field])));
      if (kept.length === out[table].length) continue;
      repairs.droppedRecords += out[table].length - kept.length;
      out[table] = kept;
      changed = true;
    }
  }

  for (const { table, field, target, kind } of relations) {
    if (kind !== 'optional' && kind !== 'list') continue;
    const targets = idsOf(target);
    out[table] = out[table].map((r) => {
      const ref = r[field];
      if (kind === 'optional') {
        if (typeof ref !== 'string' || targets.has(key(r.workbookId, ref))) return r;
        repairs.clearedReferences++;
        return { ...r, [field]: null };
      }
      const list = ref as string[];
      const kept = list.filter((id) => targets.has(key(r.workbookId, id)));
      if (kept.length === list.length) return r;
      repairs.clearedReferences += list.length - kept.length;
      return { ...r, [field]: kept };
    });
  }
  return { data: out as unknown as BackupData, repairs };
}

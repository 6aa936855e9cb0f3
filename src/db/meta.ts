// Small facts about this browser's data that are not part of any workbook (not backed up).
import { getDb } from './db';

export async function markBackupExported(at = new Date().toISOString()) {
  await getDb().meta.put({ key: 'lastBackupAt', value: at });
}

export async function lastBackupAt(): Promise<string | null> {
  const row = await getDb().meta.get('lastBackupAt');
  return typeof row?.value === 'string' ? row.value : null;
}

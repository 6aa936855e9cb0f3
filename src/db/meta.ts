// Small facts about this browser's data that are not part of any workbook (not backed up):
// when a backup was last exported, how many edits were saved since, and the reminder's snooze.
import Dexie from 'dexie';
import { getDb } from './db';

const KEYS = {
  lastBackupAt: 'lastBackupAt',
  editsSinceBackup: 'editsSinceBackup',
  firstEditAt: 'firstEditSinceBackupAt',
  snoozedUntil: 'backupReminderSnoozedUntil',
} as const;

export async function markBackupExported(at = new Date().toISOString()) {
  const db = getDb();
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: KEYS.lastBackupAt, value: at });
    await db.meta.put({ key: KEYS.editsSinceBackup, value: 0 });
    await db.meta.delete(KEYS.firstEditAt);
  });
}

/**
 * Counts saved changes for the backup reminder: every kind counts (field edits from autosave,
 * creates and deletes from the write path, imported records). Call after the write committed.
 */
export async function countChanges(changes: number, now = new Date().toISOString()) {
  if (!(changes > 0)) return;
  const db = getDb();
  await db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(KEYS.editsSinceBackup);
    const count = typeof row?.value === 'number' && Number.isFinite(row.value) ? row.value : 0;
    await db.meta.put({ key: KEYS.editsSinceBackup, value: count + changes });
    if (!(await db.meta.get(KEYS.firstEditAt))) await db.meta.put({ key: KEYS.firstEditAt, value: now });
  });
}

/**
 * For the write path (creates, deletes, restores): counts changes in a transaction of its own,
 * outside any the caller is in, and never fails or delays the write that was made.
 */
export function noteChanges(changes = 1): void {
  const counting = Dexie.ignoreTransaction(() => countChanges(changes)).catch(() => undefined);
  lastNote = Promise.all([lastNote, counting]).then(() => undefined);
}
let lastNote: Promise<void> = Promise.resolve();

/** Resolves once every count noted so far has been written or has failed (tests wait on it). */
export const changesNoted = () => lastNote;

export type BackupFacts = {
  lastBackupAt: string | null;
  editsSinceBackup: number;
  firstEditSinceBackupAt: string | null;
  snoozedUntil: string | null;
};

export async function backupFacts(): Promise<BackupFacts> {
  const rows = await getDb().meta.bulkGet(Object.values(KEYS));
  const [last, edits, first, snoozed] = rows.map((r) => r?.value);
  return {
    lastBackupAt: typeof last === 'string' ? last : null,
    editsSinceBackup: typeof edits === 'number' && Number.isFinite(edits) ? edits : 0,
    firstEditSinceBackupAt: typeof first === 'string' ? first : null,
    snoozedUntil: typeof snoozed === 'string' ? snoozed : null,
  };
}

export async function snoozeBackupReminder(until: string) {
  await getDb().meta.put({ key: KEYS.snoozedUntil, value: until });
}

export const REMINDER_AFTER_DAYS = 7;
export const REMINDER_AFTER_EDITS = 200;
export const SNOOZE_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Remind when there is unsaved-to-file work and either no backup for 7 days (counted from the
 * last backup, or from the first edit if there never was one) or many edits since the last one;
 * never while snoozed, and never when nothing changed since the last backup.
 */
export function isBackupReminderDue(facts: BackupFacts, now = new Date()): boolean {
  if (facts.editsSinceBackup <= 0) return false;
  if (facts.snoozedUntil && Date.parse(facts.snoozedUntil) > now.getTime()) return false;
  if (facts.editsSinceBackup >= REMINDER_AFTER_EDITS) return true;
  const since = facts.lastBackupAt ?? facts.firstEditSinceBackupAt;
  if (!since) return false;
  return now.getTime() - Date.parse(since) >= REMINDER_AFTER_DAYS * DAY_MS;
}

export const snoozeUntil = (now = new Date()) => new Date(now.getTime() + SNOOZE_DAYS * DAY_MS).toISOString();

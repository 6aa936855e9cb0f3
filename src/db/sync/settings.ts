// A workbook's sync settings, kept on this device only (the `meta` table: never in a backup,
// never logged): the server, the secret this device connects with, the read-only secret to hand
// out, and a secret being rotated to. Sync is off for a workbook without settings.
import { z } from 'zod';
import { getDb } from '../db';

const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{16,200}$/);
/** An http(s) address. A pattern, not z.url(): that validator would join the first screen's zod. */
export const serverSchema = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/);
export const syncSettingsSchema = z.object({
  server: serverSchema,
  secret: secretSchema,
  /** Only the owner of an edit secret has it (to show the read-only link). */
  readSecret: secretSchema.nullable(),
  readOnly: z.boolean(),
  /** The server has not seen this secret yet: the first connection registers it. */
  register: z.boolean(),
  /** A rotation asked for and not yet confirmed by the server. */
  rotateTo: z.object({ secret: secretSchema, readSecret: secretSchema }).nullable(),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

const keyOf = (workbookId: string) => `sync:${workbookId}`;
const NAME_KEY = 'sync:name';

export async function readSyncSettings(workbookId: string): Promise<SyncSettings | null> {
  const row = await getDb().meta.get(keyOf(workbookId));
  const parsed = syncSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeSyncSettings(workbookId: string, settings: SyncSettings) {
  await getDb().meta.put({ key: keyOf(workbookId), value: syncSettingsSchema.parse(settings) });
}

export async function clearSyncSettings(workbookId: string) {
  await getDb().meta.delete(keyOf(workbookId));
}

/** The name others see beside this device in the workbook (presence). */
export async function readSyncName(): Promise<string> {
  const value = (await getDb().meta.get(NAME_KEY))?.value;
  return typeof value === 'string' ? value : '';
}

export async function writeSyncName(name: string) {
  await getDb().meta.put({ key: NAME_KEY, value: name.trim().slice(0, 80) });
}

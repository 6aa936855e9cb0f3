// Building blocks shared by every persisted record: ids, dates, bounded text, sync-ready metadata.
import { z } from 'zod';

// No code generation: the app's Content-Security-Policy forbids eval, and zod's JIT would probe for it.
z.config({ jitless: true });

/** Error messages are i18n keys (see src/i18n/catalogues/errors.ts); the UI translates them. */
export const idSchema = z.string().min(1).max(100);
export const isoDateSchema = z.iso.date({ error: 'errors.date' });
export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'errors.dateTime' });
/** A wall-clock moment as typed into <input type="datetime-local">: YYYY-MM-DDTHH:mm. */
export const localDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'errors.dateTime' });

export const LIMITS = { shortText: 300, longText: 20_000 } as const;

export const shortText = () => z.string().max(LIMITS.shortText, { error: 'errors.tooLong' }).default('');
export const longText = () => z.string().max(LIMITS.longText, { error: 'errors.tooLong' }).default('');
export const requiredShortText = () =>
  z.string().trim().min(1, { error: 'errors.required' }).max(LIMITS.shortText, { error: 'errors.tooLong' });

/** Fields every record carries so a sync engine can take it over later. */
export const recordMetaShape = {
  id: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  rev: z.number().int().min(0).default(0),
  deletedAt: isoDateTimeSchema.nullable().default(null),
};

/** Children of a workbook also carry the workbook id and a sortable key. */
export const childMetaShape = {
  ...recordMetaShape,
  workbookId: idSchema,
  order: z.number().finite().default(0),
};

// What an incident keeps of the provider's own record (a Microsoft Graph serviceHealthIssue, or a
// message center post kept as a notice): stored on the incident as one optional field, so the
// incidents table, its Dexie schema and old backups stay as they are (null when typed by hand).
import { z } from 'zod';
import { longText, shortText } from './common';

/** The provider's post-incident review document may be attached up to this size (bytes). */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;
/** A record holds at most this many provider posts (a long incident has a few dozen). */
export const MAX_PROVIDER_POSTS = 500;

export const providerKinds = ['issue', 'notice'] as const;

const postSchema = z.object({
  /** When the provider posted it (ISO 8601 as the provider gave it; may predate the start). */
  at: z.string().max(40),
  /** regular, quick, strategic, ... (lower camelCase when known, else as given). */
  type: shortText(),
  /** Plain text: tags were removed and entities decoded on import; shown as text, never markup. */
  text: longText(),
});

export const providerReportSchema = z.object({
  name: shortText(),
  type: shortText(),
  size: z.number().int().min(0).max(MAX_REPORT_BYTES),
  /** The file's bytes, base64 (a string keeps backups plain JSON). */
  base64: z.string().max(Math.ceil(MAX_REPORT_BYTES / 3) * 4),
});
export type ProviderReport = z.infer<typeof providerReportSchema>;

export const providerRecordSchema = z.object({
  kind: z.enum(providerKinds),
  /** The provider's id ("EX226792", "MC172851"): re-importing matches on it within a workbook. */
  id: z.string().trim().min(1).max(100),
  feature: shortText(),
  featureGroup: shortText(),
  /** An issue's classification (advisory, incident) or a notice's category (stayInformed, ...). */
  classification: shortText(),
  /** An issue's status (serviceRestored, ...) or a notice's severity (normal, high, critical). */
  status: shortText(),
  impactDescription: longText(),
  lastModifiedAt: z.string().max(40).default(''),
  posts: z.array(postSchema).max(MAX_PROVIDER_POSTS).default([]),
  report: providerReportSchema.nullable().default(null),
});
export type ProviderRecord = z.infer<typeof providerRecordSchema>;

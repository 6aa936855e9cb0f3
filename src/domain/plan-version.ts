// Published versions of the plan (issue 15): an immutable snapshot of the whole workbook with the
// planner's version number, change summary and date, its approval status and the sign-offs the
// planner records. Also the two small document-control lists: the distribution list and the
// review triggers.
import { z } from 'zod';
import { childMetaShape, isoDateSchema, longText, requiredShortText, shortText } from './common';

export const versionStatuses = ['draft', 'in_review', 'approved'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** A snapshot may be as large as the backup itself (50 MB); one string, never a row per record. */
export const MAX_SNAPSHOT_CHARS = 50 * 1024 * 1024;

const versionPart = z.number().int().min(0).max(999);

export const signOffSchema = z.object({
  name: requiredShortText(),
  role: shortText(),
  date: isoDateSchema,
});
export type SignOff = z.infer<typeof signOffSchema>;

export const planVersionSchema = z.object({
  ...childMetaShape,
  major: versionPart,
  minor: versionPart,
  summary: longText(),
  publishedDate: isoDateSchema,
  status: z.enum(versionStatuses).default('draft'),
  signOffs: z.array(signOffSchema).max(100).default([]),
  /** The workbook as it was, serialised once (see domain/version-snapshot.ts). */
  snapshot: z.string().max(MAX_SNAPSHOT_CHARS),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

/** Who receives a numbered copy of the plan. */
export const distributionEntrySchema = z.object({
  ...childMetaShape,
  name: requiredShortText(),
  role: shortText(),
  copyNumber: z.number({ error: 'errors.number' }).int({ error: 'errors.integer' }).min(1).max(9999),
});
export type DistributionEntry = z.infer<typeof distributionEntrySchema>;

export const reviewTriggerKinds = ['incident', 'exercise', 'organisation'] as const;
export type ReviewTriggerKind = (typeof reviewTriggerKinds)[number];

/** Something that calls for a review before the cycle says so; handled by the next review. */
export const reviewTriggerSchema = z.object({
  ...childMetaShape,
  kind: z.enum(reviewTriggerKinds),
  date: isoDateSchema,
  note: shortText(),
});
export type ReviewTrigger = z.infer<typeof reviewTriggerSchema>;

export const formatVersion = (v: { major: number; minor: number }) => `${v.major}.${v.minor}`;

const compareNumbers = (a: { major: number; minor: number }, b: { major: number; minor: number }) =>
  a.major - b.major || a.minor - b.minor;

/** Versions, newest (highest number) first. */
export const newestFirst = <V extends { major: number; minor: number }>(versions: readonly V[]) =>
  [...versions].sort((a, b) => compareNumbers(b, a));

export type PublishProblem =
  'versions.errors.number' | 'versions.errors.notHigher' | 'versions.errors.summary';

/**
 * Checks what the planner typed to publish: "major.minor" (e.g. 1.2), higher than every version
 * published before, and a change summary. Returns the number, or the problem per field.
 */
export function checkPublish(
  input: { number: string; summary: string },
  existing: readonly { major: number; minor: number }[],
):
  | { ok: true; major: number; minor: number }
  | { ok: false; number?: PublishProblem; summary?: PublishProblem } {
  const match = /^\s*(\d{1,3})\.(\d{1,3})\s*$/.exec(input.number);
  const problems: { number?: PublishProblem; summary?: PublishProblem } = {};
  if (input.summary.trim() === '') problems.summary = 'versions.errors.summary';
  if (!match) problems.number = 'versions.errors.number';
  else {
    const candidate = { major: Number(match[1]), minor: Number(match[2]) };
    const last = newestFirst(existing)[0];
    if (last && compareNumbers(candidate, last) <= 0) problems.number = 'versions.errors.notHigher';
    if (!problems.number && !problems.summary) return { ok: true, ...candidate };
  }
  return { ok: false, ...problems };
}

/** The number a planner would most likely publish next: the last one with the minor part raised. */
export const suggestNextNumber = (existing: readonly { major: number; minor: number }[]) => {
  const last = newestFirst(existing)[0];
  return last ? formatVersion({ major: last.major, minor: last.minor + 1 }) : '1.0';
};

/** An approved version is locked: its record never changes again. */
export const isLockedVersion = (v: { status: VersionStatus }) => v.status === 'approved';

/** The status steps a planner may take: forward one step, or back from review to draft. */
export function canMoveTo(from: VersionStatus, to: VersionStatus, signOffs: number): boolean {
  if (from === 'draft') return to === 'in_review';
  if (from === 'in_review') return to === 'draft' || (to === 'approved' && signOffs > 0);
  return false;
}

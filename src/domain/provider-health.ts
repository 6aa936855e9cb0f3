// Reads a Microsoft Graph service health file an administrator saved (issues list, one issue, a
// serviceHealth / healthOverviews response with issues expanded, message center posts) into items
// the incident log can store. Pure: no storage, no network. Real responses differ from the docs
// (PascalCase enums, unknown members, undocumented fields, nulls), so enums are matched without
// case, unknown values are kept, unknown fields dropped; only what an incident needs is required.
import { z } from 'zod';
import { LIMITS, localDateTimeSchema, requiredShortText } from './common';
import { MAX_PROVIDER_POSTS, providerRecordSchema, type ProviderRecord } from './provider-health-record';
import { providerHtmlToText } from './provider-health-text';

/** A saved page of 1,000 issues with long timelines stays well below this. */
export const MAX_PROVIDER_FILE_BYTES = 20 * 1024 * 1024;

/** One issue or notice, ready to become (or update) an incident. */
export type ProviderItem = {
  title: string;
  service: string;
  /** Wall-clock times on this device (the incident log's datetime-local format). */
  startAt: string;
  endAt: string | null;
  provider: Omit<ProviderRecord, 'report'>;
};

export type ProviderProblem =
  | { code: 'tooLarge'; limitBytes: number }
  | { code: 'notJson'; detail: string }
  | { code: 'notServiceHealth' }
  | { code: 'overviewWithoutIssues' }
  | { code: 'attachments' }
  | { code: 'incidentReportStream' }
  | { code: 'empty' }
  | { code: 'invalid'; path: string };

export type ProviderParse =
  | { ok: true; items: ProviderItem[]; issues: number; notices: number; nextLink: string | null }
  | { ok: false; problem: ProviderProblem };

const knownEnums = {
  classification: ['advisory', 'incident', 'unknownFutureValue'],
  status: [
    'serviceOperational',
    'investigating',
    'restoringService',
    'verifyingService',
    'serviceRestored',
    'postIncidentReviewPublished',
    'serviceDegradation',
    'serviceInterruption',
    'extendedRecovery',
    'falsePositive',
    'investigationSuspended',
    'resolved',
    'mitigatedExternal',
    'mitigated',
    'resolvedExternal',
    'confirmed',
    'reported',
    'unknownFutureValue',
  ],
  category: ['preventOrFixIssue', 'planForChange', 'stayInformed', 'unknownFutureValue'],
  severity: ['normal', 'high', 'critical', 'unknownFutureValue'],
  postType: ['regular', 'quick', 'strategic', 'unknownFutureValue'],
} as const;
export type KnownEnum = keyof typeof knownEnums;

/** The documented member for any casing ("ServiceRestored" → "serviceRestored"); others kept as given. */
export function normaliseEnum(kind: KnownEnum, value: string | null | undefined): string {
  const v = (value ?? '').trim().slice(0, LIMITS.shortText);
  return knownEnums[kind].find((m) => m.toLowerCase() === v.toLowerCase()) ?? v;
}

/** Whether a normalised value is a documented member (the UI translates those, shows others as is). */
export const isKnownEnum = (kind: KnownEnum, value: string) =>
  (knownEnums[kind] as readonly string[]).includes(value);

// Graph timestamps: 2020-11-14T11:06:53.353Z, 7 fraction digits, or an offset.
const instant = z.iso
  .datetime({ offset: true, local: true })
  .refine((v) => !Number.isNaN(Date.parse(v)), { error: 'errors.dateTime' })
  // One spelling for every stored instant (Graph sends 3 or 7 fraction digits).
  .transform((v) => new Date(v).toISOString());
const text = z.string().nullish();
const content = z.object({ contentType: text, content: text }).nullish();

const issueSchema = z.object({
  id: z.string().trim().min(1).max(100),
  title: z.string(),
  startDateTime: instant,
  endDateTime: instant.nullish(),
  lastModifiedDateTime: instant.nullish(),
  service: text,
  feature: text,
  featureGroup: text,
  classification: text,
  status: text,
  impactDescription: text,
  posts: z
    .array(z.object({ createdDateTime: instant.nullish(), postType: text, description: content }))
    .max(MAX_PROVIDER_POSTS)
    .nullish(),
});

const messageSchema = z.object({
  id: z.string().trim().min(1).max(100),
  title: z.string(),
  startDateTime: instant,
  endDateTime: instant.nullish(),
  lastModifiedDateTime: instant.nullish(),
  category: text,
  severity: text,
  services: z.array(z.string()).nullish(),
  body: content,
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** An instant as the wall-clock time on this device (how planners type incident times). */
export function toWallClock(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const short = (v: string | null | undefined) => (v ?? '').trim().slice(0, LIMITS.shortText);
const title = (v: string) => short(v.replace(/\s+/g, ' ')) || '—';

function times(start: string, end: string | null | undefined) {
  const startAt = toWallClock(start);
  const endAt = end ? toWallClock(end) : null;
  // A provider end before its start would be refused by the incident; keep the incident open instead.
  return { startAt, endAt: endAt !== null && endAt >= startAt ? endAt : null };
}

function issueItem(raw: z.infer<typeof issueSchema>): ProviderItem {
  const posts = (raw.posts ?? [])
    .map((p) => ({
      at: p.createdDateTime ?? '',
      type: normaliseEnum('postType', p.postType),
      text: providerHtmlToText(p.description?.content ?? '', p.description?.contentType ?? 'html'),
    }))
    // Oldest first; a post may predate the issue's start (seen in the docs' own examples): kept as is.
    .sort((a, b) => a.at.localeCompare(b.at));
  return {
    title: title(raw.title),
    service: short(raw.service),
    ...times(raw.startDateTime, raw.endDateTime),
    provider: {
      kind: 'issue',
      id: raw.id,
      feature: short(raw.feature),
      featureGroup: short(raw.featureGroup),
      classification: normaliseEnum('classification', raw.classification),
      status: normaliseEnum('status', raw.status),
      impactDescription: providerHtmlToText(raw.impactDescription ?? '', 'text'),
      lastModifiedAt: raw.lastModifiedDateTime ?? '',
      posts,
    },
  };
}

function noticeItem(raw: z.infer<typeof messageSchema>): ProviderItem {
  const body = providerHtmlToText(raw.body?.content ?? '', raw.body?.contentType ?? 'html');
  return {
    title: title(raw.title),
    service: short((raw.services ?? []).join(', ')),
    ...times(raw.startDateTime, raw.endDateTime),
    provider: {
      kind: 'notice',
      id: raw.id,
      feature: '',
      featureGroup: '',
      classification: normaliseEnum('category', raw.category),
      status: normaliseEnum('severity', raw.severity),
      impactDescription: '',
      lastModifiedAt: raw.lastModifiedDateTime ?? '',
      posts: body ? [{ at: raw.lastModifiedDateTime ?? raw.startDateTime, type: '', text: body }] : [],
    },
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** What one JSON object in the file is, from the properties only that kind has. */
function kindOf(o: Obj): 'issue' | 'message' | 'overview' | 'attachment' | null {
  if (has(o, 'posts') || has(o, 'classification') || has(o, 'impactDescription') || has(o, 'isResolved'))
    return 'issue';
  if (has(o, 'body') || has(o, 'category') || has(o, 'services') || has(o, 'isMajorChange')) return 'message';
  if (has(o, 'issues') || (has(o, 'service') && has(o, 'status') && !has(o, 'startDateTime')))
    return 'overview';
  if (has(o, 'isInline') || (has(o, 'contentType') && has(o, 'size'))) return 'attachment';
  return null;
}

const pathOf = (prefix: string, issue: z.core.$ZodIssue) =>
  [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');

/** What the incident will store, checked here so a file that parses can always be written. */
const itemSchema = z.object({
  title: requiredShortText(),
  service: z.string().max(LIMITS.shortText),
  startAt: localDateTimeSchema,
  endAt: localDateTimeSchema.nullable(),
  provider: providerRecordSchema.omit({ report: true }),
});

/** Parses the file's text. Never throws: anything it cannot use is a problem to show. */
export function parseProviderHealth(fileText: string): ProviderParse {
  const fail = (problem: ProviderProblem): ProviderParse => ({ ok: false, problem });
  try {
    if (fileText.length > MAX_PROVIDER_FILE_BYTES)
      return fail({ code: 'tooLarge', limitBytes: MAX_PROVIDER_FILE_BYTES });
    let root: unknown;
    try {
      root = JSON.parse(fileText.replace(/^\uFEFF/, ''));
    } catch (e) {
      return fail({ code: 'notJson', detail: String((e as Error).message).slice(0, 200) });
    }
    if (!isObj(root)) return fail({ code: 'notServiceHealth' });
    // incidentReport is a file stream; the docs' example body is this placeholder.
    if (root.value === 'Stream') return fail({ code: 'incidentReportStream' });

    const list = Array.isArray(root.value);
    const entries: [string, unknown][] = list
      ? (root.value as unknown[]).map((v, i) => [`value[${i}]`, v])
      : [['(root)', root]];
    const items: ProviderItem[] = [];
    let overviews = 0;
    let attachments = 0;
    const addIssue = (path: string, raw: unknown) => {
      const parsed = issueSchema.safeParse(raw);
      if (!parsed.success) return pathOf(path, parsed.error.issues[0]!);
      items.push(issueItem(parsed.data));
      return null;
    };
    for (const [path, entry] of entries) {
      if (!isObj(entry)) return fail(list ? { code: 'invalid', path } : { code: 'notServiceHealth' });
      const kind = kindOf(entry);
      let bad: string | null = null;
      if (kind === 'issue') bad = addIssue(path, entry);
      else if (kind === 'message') {
        const parsed = messageSchema.safeParse(entry);
        if (parsed.success) items.push(noticeItem(parsed.data));
        else bad = pathOf(path, parsed.error.issues[0]!);
      } else if (kind === 'overview') {
        overviews++;
        if (entry.issues === undefined || entry.issues === null) continue;
        if (!Array.isArray(entry.issues)) bad = `${path}.issues`;
        else
          for (const [i, issue] of entry.issues.entries()) {
            bad = addIssue(`${path}.issues[${i}]`, issue);
            if (bad) break;
          }
      } else if (kind === 'attachment') attachments++;
      else return fail(list || entries.length > 1 ? { code: 'invalid', path } : { code: 'notServiceHealth' });
      if (bad) return fail({ code: 'invalid', path: bad });
    }
    if (items.length === 0) {
      if (attachments > 0) return fail({ code: 'attachments' });
      if (overviews > 0) return fail({ code: 'overviewWithoutIssues' });
      return fail(list && entries.length === 0 ? { code: 'empty' } : { code: 'notServiceHealth' });
    }
    for (const [i, item] of items.entries()) {
      const checked = itemSchema.safeParse(item);
      if (!checked.success)
        return fail({ code: 'invalid', path: pathOf(`item[${i}]`, checked.error.issues[0]!) });
    }
    const ids = new Set<string>();
    // The same issue twice in one file (overlapping overviews): the later copy wins.
    const unique = items.reverse().filter((i) => !ids.has(i.provider.id) && !!ids.add(i.provider.id));
    unique.reverse();
    const nextLink = typeof root['@odata.nextLink'] === 'string' ? root['@odata.nextLink'] : null;
    return {
      ok: true,
      items: unique,
      issues: unique.filter((i) => i.provider.kind === 'issue').length,
      notices: unique.filter((i) => i.provider.kind === 'notice').length,
      nextLink,
    };
  } catch (e) {
    // A bug must not take the screen down; the file is refused instead.
    return fail({ code: 'notJson', detail: String((e as Error)?.message ?? e).slice(0, 200) });
  }
}

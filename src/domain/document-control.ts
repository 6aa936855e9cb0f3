// Which version a workbook's content is, for the overview, the cover and the document-control
// section: the latest published version when nothing changed since (approved = no DRAFT mark), or
// a draft since that version; with the version history and the change log from compareVersions.
import { newestFirst, type PlanVersion } from './plan-version';
import type { WorkbookSnapshot } from './tables';
import { compareVersions, type CompareLang, type SectionChanges } from './version-compare';
import { contentFingerprint, parseVersion } from './version-snapshot';

export type PlanState =
  | { kind: 'unpublished' }
  /** The content is exactly this version (the latest published). */
  | { kind: 'version'; version: PlanVersion }
  /** Edited since `latest` was published; `approved` is the newest approved version, if any. */
  | { kind: 'draftSince'; latest: PlanVersion; approved: PlanVersion | null };

const liveVersions = (snapshot: WorkbookSnapshot) =>
  newestFirst(snapshot.planVersions.filter((v) => v.deletedAt === null));

export function planState(snapshot: WorkbookSnapshot): PlanState {
  const versions = liveVersions(snapshot);
  const latest = versions[0];
  if (!latest) return { kind: 'unpublished' };
  const content = parseVersion(latest.snapshot);
  if (content && contentFingerprint(content) === contentFingerprint(snapshot)) {
    return { kind: 'version', version: latest };
  }
  return { kind: 'draftSince', latest, approved: versions.find((v) => v.status === 'approved') ?? null };
}

/** Only an approved version, unedited since, prints without the DRAFT mark. */
export const isDraft = (state: PlanState) =>
  !(state.kind === 'version' && state.version.status === 'approved');

export type DocumentControl = {
  state: PlanState;
  draft: boolean;
  /** The version's date, or for a draft the day its content last changed (never the print date). */
  date: string;
  /** Published versions up to the one printed, newest first. */
  history: PlanVersion[];
  /** What changed: from the previous version to this one, or from the latest version to the draft. */
  changes: { from: string | null; sections: SectionChanges[] };
};

export function documentControl(snapshot: WorkbookSnapshot, lang: CompareLang): DocumentControl {
  const state = planState(snapshot);
  const history = liveVersions(snapshot);
  const draft = isDraft(state);
  if (state.kind === 'unpublished') {
    return {
      state,
      draft,
      date: snapshot.workbook.updatedAt.slice(0, 10),
      history,
      changes: { from: null, sections: [] },
    };
  }
  if (state.kind === 'draftSince') {
    const base = parseVersion(state.latest.snapshot);
    return {
      state,
      draft,
      date: snapshot.workbook.updatedAt.slice(0, 10),
      history,
      changes: {
        from: `${state.latest.major}.${state.latest.minor}`,
        sections: base ? compareVersions(base, snapshot, lang) : [],
      },
    };
  }
  const previous = history[1];
  const before = previous ? parseVersion(previous.snapshot) : null;
  return {
    state,
    draft,
    date: state.version.publishedDate,
    history,
    changes: {
      from: previous ? `${previous.major}.${previous.minor}` : null,
      sections: before ? compareVersions(before, snapshot, lang) : [],
    },
  };
}

/**
 * What a version's plan PDF renders: the version's own content, with the versions published up to
 * it (so the document says this version, its date and the changes from the one before). Null when
 * the version is missing or cannot be read.
 */
export function snapshotOfVersion(current: WorkbookSnapshot, versionId: string): WorkbookSnapshot | null {
  const version = current.planVersions.find((v) => v.id === versionId && v.deletedAt === null);
  const content = version ? parseVersion(version.snapshot) : null;
  if (!version || !content) return null;
  const upTo = current.planVersions.filter(
    (v) =>
      v.deletedAt === null &&
      (v.major < version.major || (v.major === version.major && v.minor <= version.minor)),
  );
  return { ...content, planVersions: upTo };
}

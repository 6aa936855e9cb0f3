// Writes of the provider import: the parsed file is matched against the workbook's incidents by the
// provider's id (preview first), then stored in one transaction through the guarded write path.
// An update takes the provider's facts (title, service, times, status, posts) and never touches
// the planner's review, plan notes, lessons or an attached report.
import { guardedWrite } from '../../db/guarded-write';
import { getDb } from '../../db/db';
import {
  applyPatch,
  buildRecord,
  getRecord,
  listByWorkbook,
  nextOrder,
  RecordNotFoundError,
  touchWorkbook,
  writeTogether,
} from '../../db/records';
import type { Incident } from '../../domain/incident';
import type { ProviderItem } from '../../domain/provider-health';
import type { ProviderReport } from '../../domain/provider-health-record';

export type ProviderImportPlan = { added: number; updated: number; notices: number };

const matchesOf = (incidents: Incident[]) =>
  new Map(incidents.filter((i) => i.provider).map((i) => [i.provider!.id, i]));

/** How many incidents the file adds and updates, and how many of its items are notices. */
export async function planProviderImport(
  workbookId: string,
  items: ProviderItem[],
): Promise<ProviderImportPlan> {
  const existing = matchesOf(await listByWorkbook('incidents', workbookId));
  const updated = items.filter((i) => existing.has(i.provider.id)).length;
  return {
    added: items.length - updated,
    updated,
    notices: items.filter((i) => i.provider.kind === 'notice').length,
  };
}

async function writeItems(workbookId: string, items: ProviderItem[]): Promise<ProviderImportPlan> {
  return writeTogether(['incidents'], async () => {
    // Matched inside the transaction, so two imports of one file cannot both add the issue.
    const existing = matchesOf(await listByWorkbook('incidents', workbookId));
    const plan = { added: 0, updated: 0, notices: 0 };
    for (const item of items) {
      if (item.provider.kind === 'notice') plan.notices++;
      const match = existing.get(item.provider.id);
      if (match) {
        await applyPatch('incidents', match.id, {
          title: item.title,
          service: item.service,
          startAt: item.startAt,
          endAt: item.endAt,
          source: 'provider',
          provider: { ...item.provider, report: match.provider?.report ?? null },
        });
        plan.updated++;
      } else {
        // The provider's impact description starts the review's "user impact"; the planner edits it.
        // Built and added here (not createRecord) so a failure leaves even the change counter alone.
        const record = buildRecord('incidents', {
          workbookId,
          order: await nextOrder('incidents', workbookId),
          source: 'provider',
          title: item.title,
          service: item.service,
          startAt: item.startAt,
          endAt: item.endAt,
          userImpact: item.provider.impactDescription,
          provider: { ...item.provider, report: null },
        });
        await getDb().incidents.add(record);
        plan.added++;
      }
    }
    await touchWorkbook(workbookId);
    return plan;
  });
}

/** Stores every item of the file, or none of them; counted as one change per item. */
export const importProviderItems = (workbookId: string, items: ProviderItem[]) =>
  guardedWrite(() => writeItems(workbookId, items), { edits: items.length });

/** Attaches (or, with null, removes) the provider's post-incident review document. */
export const setProviderReport = (incidentId: string, report: ProviderReport | null) =>
  guardedWrite(
    () =>
      writeTogether(['incidents'], async () => {
        const current = await getRecord('incidents', incidentId);
        if (!current?.provider) throw new RecordNotFoundError('incidents', incidentId);
        const saved = await applyPatch('incidents', incidentId, {
          provider: { ...current.provider, report },
        });
        await touchWorkbook(saved.workbookId);
        return saved;
      }),
    { edits: 1 },
  );

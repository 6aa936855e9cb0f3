// Storing the provider's records: a file's issues become incidents in one transaction, a second
// import of the same issue updates it (matched on the provider's id within the workbook), the
// planner's review is never overwritten, and a refused or failing import writes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../src/db/db';
import { createRecord, listByWorkbook, patchRecord } from '../../src/db/records';
import { createWorkbook, loadSnapshot } from '../../src/db/workbooks';
import { applyImport, exportBackup, parseBackup, serializeBackup } from '../../src/db/backup';
import { parseProviderHealth, type ProviderItem } from '../../src/domain/provider-health';
import {
  importProviderItems,
  planProviderImport,
  setProviderReport,
} from '../../src/features/incidents/provider-import';
import { dumpConnection } from './helpers/raw-idb';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/graph', name), 'utf8');
const itemsOf = (text: string): ProviderItem[] => {
  const parsed = parseProviderHealth(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.items;
};
const dump = () => dumpConnection(getDb().backendDB());

describe('importing the provider’s records', () => {
  it('adds an issue as a provider incident with its timeline, and a post as a notice', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const items = [
      ...itemsOf(fixture('list-issues.response.json')),
      ...itemsOf(fixture('get-message.response.json')),
    ];
    expect(await planProviderImport(w.id, items)).toEqual({ added: 2, updated: 0, notices: 1 });
    const outcome = await importProviderItems(w.id, items);
    expect(outcome).toEqual({ ok: true, value: { added: 2, updated: 0, notices: 1 } });
    const incidents = await listByWorkbook('incidents', w.id);
    expect(incidents.map((i) => [i.provider?.id, i.provider?.kind, i.source])).toEqual([
      ['EX226792', 'issue', 'provider'],
      ['MC172851', 'notice', 'provider'],
    ]);
    const issue = incidents[0]!;
    expect(issue.title).toBe(
      'Limited number of users unable to send or receive email through the Exchange Online service',
    );
    expect(issue.service).toBe('Exchange Online');
    expect(issue.userImpact).toBe(
      'Users may have been unable to send or receive email through the Exchange Online service.',
    );
    expect(issue.provider!.status).toBe('serviceRestored');
    expect(issue.provider!.posts).toHaveLength(1);
    expect(issue.provider!.report).toBeNull();
  });

  it('updates an issue on re-import without duplicating it, keeping the planner’s review', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await importProviderItems(w.id, itemsOf(fixture('list-issues.response.json')));
    const [first] = await listByWorkbook('incidents', w.id);
    const review = {
      userImpact: 'Our sales team could not email customers for a day.',
      scopeOfImpact: 'Seoul office',
      rootCause: 'Provider configuration change',
      actionsTaken: 'Phone tree',
      nextSteps: 'SMS list',
      planPerformance: 'Worked',
    };
    await patchRecord('incidents', first!.id, review);
    await createRecord('lessons', { workbookId: w.id, incidentId: first!.id, text: 'Keep an SMS list' });
    await setProviderReport(first!.id, { name: 'pir.pdf', type: 'application/pdf', size: 3, base64: 'AAEC' });

    // The provider posts an update: new status, a second post.
    const later = JSON.parse(fixture('list-issues.response.json'));
    later.value[0].status = 'PostIncidentReviewPublished';
    later.value[0].title = 'Some users unable to send email';
    later.value[0].posts.push({
      createdDateTime: '2020-11-14T18:00:00Z',
      postType: 'Regular',
      description: { contentType: 'Html', content: '<p>Final &amp; closed</p>' },
    });
    const items = itemsOf(JSON.stringify(later));
    expect(await planProviderImport(w.id, items)).toEqual({ added: 0, updated: 1, notices: 0 });
    expect((await importProviderItems(w.id, items)).ok).toBe(true);

    const incidents = await listByWorkbook('incidents', w.id);
    expect(incidents).toHaveLength(1);
    const updated = incidents[0]!;
    expect(updated.id).toBe(first!.id);
    expect(updated.title).toBe('Some users unable to send email');
    expect(updated.provider!.status).toBe('postIncidentReviewPublished');
    expect(updated.provider!.posts.map((p) => p.text)).toEqual([
      expect.stringMatching(/^Title: /),
      'Final & closed',
    ]);
    expect(updated).toMatchObject(review);
    expect(updated.provider!.report).toEqual({
      name: 'pir.pdf',
      type: 'application/pdf',
      size: 3,
      base64: 'AAEC',
    });
    expect(await listByWorkbook('lessons', w.id)).toHaveLength(1);
  });

  it('matches within the workbook only', async () => {
    const a = await createWorkbook({ title: 'A' });
    const b = await createWorkbook({ title: 'B' });
    const items = itemsOf(fixture('get-issue.response.json'));
    await importProviderItems(a.id, items);
    expect(await planProviderImport(b.id, items)).toEqual({ added: 1, updated: 0, notices: 0 });
  });

  it('imports every importable example file twice without a duplicate', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const files = [
      'list-issues.response.json',
      'get-issue.response.json',
      'get-servicehealth-expand-issues.response.json',
      'list-healthoverviews-expand-issues.response.json',
      'list-messages.response.json',
      'get-message.response.json',
    ];
    for (const round of [1, 2])
      for (const f of files)
        expect((await importProviderItems(w.id, itemsOf(fixture(f)))).ok, `${f} ${round}`).toBe(true);
    const ids = (await listByWorkbook('incidents', w.id)).map((i) => i.provider!.id).sort();
    expect(ids).toEqual(['EX226574', 'EX226792', 'MC172851', 'MO226574', 'MO226784']);
  });
});

describe('nothing is written', () => {
  it('for a file that is not service health data', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await importProviderItems(w.id, itemsOf(fixture('get-issue.response.json')));
    const before = await dump();
    for (const text of [
      '{"format":"continuity-workbook-backup"}',
      fixture('get-incidentreport.response.json'),
    ]) {
      const parsed = parseProviderHealth(text);
      expect(parsed.ok).toBe(false);
    }
    expect(await dump()).toBe(before);
  });

  it('when one item of the file cannot be stored: all of them or none', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    const before = await dump();
    const [good] = itemsOf(fixture('get-issue.response.json'));
    const bad = { ...good!, title: '', provider: { ...good!.provider, id: 'XX1' } };
    const outcome = await importProviderItems(w.id, [good!, bad]);
    expect(outcome.ok).toBe(false);
    expect(await dump()).toBe(before);
  });
});

describe('the provider’s review document', () => {
  it('attaches and removes a file; a hand-typed incident cannot take one', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await importProviderItems(w.id, itemsOf(fixture('get-issue.response.json')));
    const [issue] = await listByWorkbook('incidents', w.id);
    const report = { name: 'PIR MO226784.pdf', type: 'application/pdf', size: 4, base64: 'JVBERg==' };
    expect((await setProviderReport(issue!.id, report)).ok).toBe(true);
    expect((await listByWorkbook('incidents', w.id))[0]!.provider!.report).toEqual(report);
    expect((await setProviderReport(issue!.id, null)).ok).toBe(true);
    expect((await listByWorkbook('incidents', w.id))[0]!.provider!.report).toBeNull();
    const own = await createRecord('incidents', {
      workbookId: w.id,
      title: 'Ours',
      startAt: '2026-01-01T09:00',
    });
    const refused = await setProviderReport(own.id, report);
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ reasonKey: 'save.gone' }) });
  });
});

describe('provider records in backups', () => {
  it('round-trip exactly, with the attached document', async () => {
    const w = await createWorkbook({ title: 'Plan' });
    await importProviderItems(w.id, [
      ...itemsOf(fixture('list-issues.response.json')),
      ...itemsOf(fixture('list-messages.response.json')),
    ]);
    const [issue] = await listByWorkbook('incidents', w.id);
    await setProviderReport(issue!.id, { name: 'pir.pdf', type: 'application/pdf', size: 3, base64: 'AAEC' });
    const before = (await loadSnapshot(w.id))!;
    const parsed = parseBackup(serializeBackup(await exportBackup([w.id])));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    await getDb().delete();
    await getDb().open();
    await applyImport(parsed.envelope, {});
    const after = (await loadSnapshot(w.id))!;
    expect(after).toEqual(before);
    expect(after.incidents.map((i) => i.provider?.id)).toEqual(['EX226792', 'MC172851']);
    expect(after.incidents[0]!.provider!.report!.base64).toBe('AAEC');
  });
});
